package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// ldAuthorHead is the JSON-LD of an article whose one author is name, of
// the given type.
func ldAuthorHead(typ, name string) string {
	return `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[` +
		`{"@type":"Article","headline":"Eine Schlagzeile von einiger Länge","author":{"@id":"#a"}},` +
		`{"@type":"` + typ + `","@id":"#a","name":"` + name + `"}]}</script>`
}

// TestAuthorsAgreedCredit checks that a credit the name reader rejects is
// kept as written when the JSON-LD author and a second source agree on it,
// and only then.
func TestAuthorsAgreedCredit(t *testing.T) {
	cases := []struct {
		name, head, header string
		want               []string
	}{
		{"JSON-LD and meta author", ldAuthorHead("Person", "Staff Clinician") + `<meta name="author" content="Staff Clinician">`, "", []string{"Staff Clinician"}},
		{"JSON-LD and Twitter card", ldAuthorHead("Person", "News Desk") +
			`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="News Desk">`, "", []string{"News Desk"}},
		{"JSON-LD and rel=author", ldAuthorHead("Person", "Staff Clinician"), `<p><a rel="author" href="/author/admin/">Staff Clinician</a></p>`, []string{"Staff Clinician"}},
		{"JSON-LD alone", ldAuthorHead("Person", "Staff Clinician"), "", nil},
		{"sources disagree", ldAuthorHead("Person", "Staff Clinician") + `<meta name="author" content="News Desk">`, "", nil},
		{"a word that names no one", ldAuthorHead("Person", "admin") + `<meta name="author" content="admin">`, "", nil},
		{"an address", ldAuthorHead("Person", "jane@example.com") + `<meta name="author" content="jane@example.com">`, "", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage("en", tc.head, tc.header))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}

// noHeadlinePage is an English page whose headline is not marked as one
// (no <h1>), so that the header reader has nothing to read, with body
// around the article text.
func noHeadlinePage(body string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A headline of some length</title></head>` +
		`<body><main><div class="detail"><div class="headline">A headline of some length</div>` + body + intlBody +
		`</div></main><footer>©</footer></body></html>`
}

// TestAuthorsBareByline checks that a paragraph holding only a short
// byline word and a name counts as the page's byline, and that other
// short "By" lines do not.
func TestAuthorsBareByline(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"paragraph with a strong name", `<p>By <strong>Jane Doe</strong></p>`, []string{"Jane Doe"}},
		{"French paragraph", `<p>Par Jean Dupont</p>`, []string{"Jean Dupont"}},
		{"two bylines that disagree", `<p>By Jane Doe</p><p>By John Roe</p>`, nil},
		{"a filter menu entry", `<div><span>By Team Size</span></div>`, nil},
		{"one word after By", `<p>By Sector</p>`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, noHeadlinePage(tc.body))
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}
