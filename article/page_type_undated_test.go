package article

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// datedHead is the metadata of a dated page.
const datedHead = `<meta property="article:published_time" content="2024-03-01T10:00:00Z">`

// codeBody is a tutorial: prose and three code blocks.
func codeBody() string {
	return "<article><h1>Quickstart</h1>" + strings.Repeat("<p>"+typeProse+"</p><pre>pip install budget\nbudget run --year 2025</pre>", 3) +
		strings.Repeat("<p>"+typeProse+"</p>", 9) + "</article>"
}

// landingBody is a landing page: a short pitch, then feature tiles whose
// names and taglines are bare divisions above a sentence.
func landingBody() string {
	var b strings.Builder
	b.WriteString("<main><h1>Work management</h1><p>" + typeProse + "</p><p>" + typeProse + "</p>")
	for i := range 30 {
		fmt.Fprintf(&b, `<section class="tile"><div class="tile-name">Feature %d</div><div class="tile-line">Plan, track and deliver</div>`+
			`<p>Teams of every size plan their projects, track their work and deliver on time, with one board for all, number %d.</p></section>`, i, i)
	}
	b.WriteString("</main>")
	return b.String()
}

// dialogueBody is a wiki page of scenes, each told in a paragraph and
// followed by short lines of dialogue, each a paragraph.
func dialogueBody() string {
	return "<main><h1>Penny</h1>" + strings.Repeat("<p>"+typeProse+"</p><p>Hi there.</p><p>Nice weather today.</p><p>See you soon!</p>", 25) + "</main>"
}

func TestUndatedPageType(t *testing.T) {
	cases := []struct{ name, head, body, url, want string }{
		{"documentation generator", `<meta name="generator" content="MkDocs 1.6.1, mkdocs-material-9.5.3">`, proseBody(), "", PageTypeDocumentation},
		{"second generator", `<meta name="generator" content="Astro v4.2"><meta name="generator" content="Starlight v0.15">`, proseBody(), "", PageTypeDocumentation},
		{"blog generator", `<meta name="generator" content="WordPress 6.5">`, proseBody(), "", PageTypeArticle},
		{"documentation tool's blog", `<meta name="generator" content="Docusaurus v3.4.0">`, proseBody(), "https://example.com/blog/release-3", PageTypeArticle},
		{"undated code blocks", "", codeBody(), "", PageTypeDocumentation},
		{"dated code blocks", datedHead, codeBody(), "", PageTypeArticle},
		{"signed code blocks", `<meta name="author" content="Ann Smith">`, codeBody(), "", PageTypeArticle},
		{"undated landing", "", landingBody(), "", PageTypeService},
		{"dated landing", datedHead, landingBody(), "", PageTypeArticle},
		{"short lines in paragraphs", "", dialogueBody(), "", PageTypeArticle},
		{"undated services path", "", proseBody(), "https://example.com/services/data-analytics/", PageTypeService},
		{"undated path in German", "", proseBody(), "https://example.de/leistungen/tragwerksplanung", PageTypeService},
		{"dated services path", datedHead, proseBody(), "https://example.com/services/data-analytics/", PageTypeArticle},
		{"singular service path", "", proseBody(), "https://example.com/service/news/budget", PageTypeArticle},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseTyped(t, typePage(tc.head, tc.body), tc.url)
			assert.Equal(t, tc.want, a.PageType)
		})
	}
}

func TestSectionFrontPageType(t *testing.T) {
	cases := []struct{ name, title, url, want string }{
		{"news front", "Industry News", "https://example.com/news", PageTypeListing},
		{"blog front", "The blog - Example", "https://example.com/en/blog/", PageTypeListing},
		{"story with its section's url", "Budget passed", "https://example.com/news", PageTypeArticle},
		{"story", "News of the budget", "https://example.com/news/budget-passed", PageTypeArticle},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			body := "<article><h1>" + tc.title + "</h1>" + strings.Repeat("<p>"+typeProse+"</p>", 12) + "</article>"
			page := strings.Replace(typePage(datedHead, body), "<title>Page</title>", "<title>"+tc.title+"</title>", 1)
			a := parseTyped(t, page, tc.url)
			assert.Equal(t, tc.want, a.PageType)
		})
	}
}
