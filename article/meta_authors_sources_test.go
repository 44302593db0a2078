package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsUnseenLD checks that a JSON-LD author whom the page never
// prints yields to the labelled byline by the headline, and only then.
func TestAuthorsUnseenLD(t *testing.T) {
	labelled := `<dl class="post-meta"><dt>Auteur</dt><dd><a href="/staff/jean-dupont/">Jean Dupont</a></dd></dl>`
	cases := []struct {
		name, header string
		want         []string
	}{
		{"label and name apart", labelled, []string{"Jean Dupont"}},
		{"the JSON-LD author printed in the text", labelled +
			`<p>Marie Martin a relu cet article avant sa publication, comme les autres de la semaine.</p>`, []string{"Marie Martin"}},
		{"a name marked as the author, with no byline word", `<p><span itemprop="author">Jean Dupont</span></p>`, []string{"Marie Martin"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage("fr", ldAuthorHead("Person", "Marie Martin"), tc.header))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}

// metaAuthorPage is an English page with no marked headline whose
// <meta name=author> tag names author, with body around the article text.
func metaAuthorPage(author, body string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A headline of some length</title>` +
		`<meta name="author" content="` + author + `"></head><body><main><div class="detail">` +
		`<div class="headline">A headline of some length</div>` + intlBody + body + `</div></main><footer>©</footer></body></html>`
}

// TestAuthorsPageBylineOverMeta checks that the page's one explicit
// byline wins over an author <meta> tag that names someone else, when no
// other source speaks.
func TestAuthorsPageBylineOverMeta(t *testing.T) {
	cases := []struct {
		name, author, body string
		want               []string
	}{
		{"a byline that names someone else", "Riverside Rowing Club", `<p class="info">Written by <a href="/user/6">Jane Doe</a> on 25 August 2015</p>`, []string{"Jane Doe"}},
		{"the same person", "Jane Doe", `<p class="info">Written by <a href="/user/6">Jane</a> on 25 August 2015</p>`, []string{"Jane Doe"}},
		{"bylines that disagree", "Riverside Rowing Club", `<p>Written by Jane Doe</p><p>Written by John Roe</p>`, []string{"Riverside Rowing Club"}},
		{"no byline", "Riverside Rowing Club", "", []string{"Riverside Rowing Club"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, metaAuthorPage(tc.author, tc.body))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}
