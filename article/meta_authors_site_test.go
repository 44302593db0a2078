package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorSources checks the authors read from forum markup, from a
// page that credits only itself, and from JSON-LD and bylines that
// disagree.
func TestAuthorSources(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	cases := []authorCase{
		{"account name in a username element", ``,
			`<h1>Which tent for the coast?</h1><div class="post"><a class="username" href="/m/1">trailfan</a><p>Hello.</p></div>`,
			[]string{"trailfan"}},
		{"company as the only author", `<meta property="og:site_name" content="Acme Tools">` +
			ld(`{"@type":"BlogPosting","headline":"Best drills","author":{"@type":"Organization","name":"Acme Tools"}}`),
			`<h1>Best drills</h1><p>Text.</p>`, []string{"Acme Tools"}},
		{"site in the author meta", `<meta property="og:site_name" content="Acme Tools"><meta name="author" content="Acme Tools">`,
			`<h1>Best drills</h1><p>Text.</p>`, []string{"Acme Tools"}},
		{"account name yields to a byline", ld(`{"@type":"NewsArticle","headline":"Mines shake homes","author":{"@type":"Person","name":"webdesk7"}}`),
			`<article><h1>Mines shake homes</h1><p class="byline">By Ana Lima</p><p>Text.</p></article>`, []string{"Ana Lima"}},
		{"publisher beside the people", ld(`{"@type":"NewsArticle","headline":"Mines shake homes","author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Organization","name":"Valley Times"}]}`),
			`<h1>Mines shake homes</h1><p>Text.</p>`, []string{"Ana Lima"}},
		{"label after a structured name", ld(`{"@type":"BlogPosting","headline":"Rates","author":{"@type":"Person","name":"Ana Lima - Editorial Team"}}`),
			`<h1>Rates</h1><p>Text.</p>`, []string{"Ana Lima"}},
		{"date in the next block", ``,
			`<h1>Rates for the year</h1><div class="author-details"><p>Ana Lima</p><small>March 2, 2024</small></div><p>Text.</p>`,
			[]string{"Ana Lima"}},
		{"thread inside noscript", ``,
			`<noscript><h1>Which tent for the coast?</h1><span itemprop="author" itemscope><span itemprop="name">trailfan</span></span><p>` +
				strings.Repeat("A long post about tents. ", 100) + `</p></noscript>`, []string{"trailfan"}},
	}
	checkAuthorCases(t, "https://www.acmetools.example/post", cases)
}

// TestMergeAuthorExtras checks that a byline naming all the structured
// authors adds agencies and people, not one-word links or titles.
func TestMergeAuthorExtras(t *testing.T) {
	ld := []Author{{Name: "Ana Lima"}}
	printed := []Author{{Name: "Ana Lima"}, {Name: "Print"}, {Name: "AFP"}, {Name: "Tom Berg"}}
	assert.Equal(t, []string{"Ana Lima", "AFP", "Tom Berg"}, authorNames(mergeAuthors(ld, printed)))
	assert.True(t, sharesAuthor([]Author{{Name: "Linc"}}, []Author{{Name: "Linc Admin"}}))
	assert.Equal(t, "Ana Lima", cutNameLabel("Ana Lima | Acme"))
	assert.Equal(t, "Jean-Luc", cutNameLabel("Jean-Luc"))
}
