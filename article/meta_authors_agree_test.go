package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsAgree checks the rules that reconcile the sources of the
// authors: a site that credits itself as a person, the publication and
// the desk written beside the writers, a byline printed away from the
// headline, an honorific or a particle in a printed name, and a line of
// names printed one element each.
func TestAuthorsAgree(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	site := `<meta property="og:site_name" content="Valley Heart Foundation">`
	body := `<p>Cities plan their parks for the long run, and their budgets follow the plans they make.</p>`
	long := strings.Repeat(body, 70) // past the texts read around the headline
	cases := []authorCase{
		{"site credited as a person yields to the byline", site +
			ld(`{"@type":"Article","headline":"Eat well","author":{"@type":"Person","name":"Valley Heart Foundation"}}`),
			`<h1>Eat well</h1><div class="author-name">Ana Lima</div>` + body, []string{"Ana Lima"}},
		{"site in capitals credited as a person yields to the byline", `<meta property="og:site_name" content="VALLEY TODAY">` +
			ld(`{"@type":"NewsArticle","headline":"Eat well","author":{"@type":"Person","name":", VALLEY TODAY"}}`),
			`<h1>Eat well</h1><p><span class="author">Ana Lima</span></p>` + body, []string{"Ana Lima"}},
		{"a blog named for its author keeps its author", `<meta property="og:site_name" content="Tom Berg">` +
			ld(`{"@type":"BlogPosting","headline":"Eat well","author":{"@type":"Person","name":"Tom Berg"}}`),
			`<h1>Eat well</h1><p>A library written by <a href="https://x.example">Ana Lima</a> helps.</p>` + body, []string{"Tom Berg"}},
		{"publication after the writers in the JSON-LD", `<meta property="og:site_name" content="The Valley Times">` +
			ld(`{"@type":"NewsArticle","headline":"Eat well","author":{"@type":"Person","name":"Ana Lima and Tom Berg, The Valley Times"}}`),
			`<h1>Eat well</h1>` + body, []string{"Ana Lima", "Tom Berg"}},
		{"a second writer in capitals is a person",
			ld(`{"@type":"NewsArticle","headline":"Eat well","author":{"@type":"Person","name":"Ana Lima"}}`),
			`<h1>Eat well</h1><p>By <span class="auth">Ana Lima</span> and <span>TOM BERG</span></p>` + body, []string{"Ana Lima", "TOM BERG"}},
		{"desk after the writer in the byline",
			ld(`{"@type":"NewsArticle","headline":"Eat well","author":{"@type":"Person","name":"Ana Lima"}}`),
			`<h1>Eat well</h1><p>By <span class="auth">Ana Lima</span>, <span>Global Desk</span></p>` + body, []string{"Ana Lima"}},
		{"byline in an author box after the text", ``,
			`<article><h1>Eat well</h1>` + long + `</article><aside><img src="a.jpg" alt=""><p>Written by Ana Lima</p></aside>`,
			[]string{"Ana Lima"}},
		{"names after the prefix in a link of their own", ``,
			`<article><h1>Eat well</h1>` + long + `</article><div><p>Written by <a href="/a/al">Ana Lima and Tom Berg</a></p><p>April 8, 2024</p></div>`,
			[]string{"Ana Lima", "Tom Berg"}},
		{"a label alone, the name in the next element", ``,
			`<article><h1>Eat well</h1>` + long + `</article><section><h2>Written by</h2><div>Ana Lima</div></section>`,
			[]string{"Ana Lima"}},
		{"an article-by label", ``,
			`<article><h1>Eat well</h1>` + long + `</article><section><h2>Article by</h2><div>Ana Lima</div></section>`,
			[]string{"Ana Lima"}},
		{"comment lines are no byline", ``,
			`<article><h1>Eat well</h1>` + long + `</article><div class="comments"><p>Posted by: Tom at December 16, 2025 11:15 AM</p>` +
				`<p>Posted by: Karl Berg at December 19, 2025 09:28 AM</p></div>`, nil},
		{"honorific and particles in the byline", ld(`{"@type":"Article","headline":"Eat well","author":{"@type":"Person","name":"Marna van der Berg"}}`),
			`<h1>Eat well</h1><div>Written by <span>Dr Marna van der Berg</span>, <span>Dr Tom Veld</span>, <span>Erik van Dam</span></div>` + body,
			[]string{"Dr Marna van der Berg", "Dr Tom Veld", "Erik van Dam"}},
		{"names printed one link each", ld(`{"@type":"Article","headline":"Eat well","author":{"@type":"Person","name":"Rui Ma"}}`),
			`<h1>Eat well</h1><div><a href="/author/rui">Rui Ma</a><span>, </span><a href="/author/ana">Ana Lima</a><span> &amp; </span>` +
				`<a href="/author/tom">Tom Berg</a><span>, </span><a href="/author/sam">Sam Patra</a></div><p>Nov 25th, 2025</p>` +
				`<p>The ma of the patra is a word we use.</p>` + body,
			[]string{"Rui Ma", "Ana Lima", "Tom Berg", "Sam Patra"}},
	}
	checkAuthorCases(t, "https://www.valley.example/post", cases)
}

// TestBylineWordAfterJobWord checks that a byline word left after a job
// word is not read as part of the name.
func TestBylineWordAfterJobWord(t *testing.T) {
	r := bylineReader{langs: testLanguages(), strict: true}
	assert.Equal(t, []string{"Acme Deals"}, authorNames(r.read("Sponsored by Acme Deals")))
}
