package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTitleSiteNames checks the headline rules that tell the site's name
// from a headline: banner <h1>s, site names written as a domain or as
// initials, breadcrumbs between the title and the site, and section
// headings that share a word with the title.
func TestTitleSiteNames(t *testing.T) {
	cases := []struct {
		name, url, head, body, want string
	}{
		{"banner h1 as a domain", "https://forum.acme.org/t/1",
			`<title>Why builds fail - acme.org</title>`, `<h1>acme.org</h1><p>Text.</p>`, "Why builds fail"},
		{"blog name before the title", "https://blog.example/2024/sea",
			`<title>Harbour Notes: A day at sea</title><meta property="og:title" content="A day at sea">`,
			`<h1>Harbour Notes</h1><h1>Weather</h1><p>Text.</p>`, "A day at sea"},
		{"h1 naming the host", "https://antique.example/clock-3",
			`<title>Restoring a clock, part 3</title>`, `<h1>Antique Blog</h1><p>Text.</p>`, "Restoring a clock, part 3"},
		{"section heading", "https://dev.example/post",
			`<meta property="og:title" content="How we moved our build to a new system over many months">`,
			`<h1>Notes</h1><h1>Build</h1><p>Text.</p>`, "How we moved our build to a new system over many months"},
		{"initials of the host", "https://www.osh.example/ladders",
			`<title>Ladders - Overview | Office of Safety and Health</title>`, `<p>Text.</p>`, "Ladders - Overview"},
		{"section between title and site", "https://bbs.acmelinux.example/t/9",
			`<title>Kernel panics on boot / Help Forum / Acme Linux Forums</title>`, `<p>Text.</p>`, "Kernel panics on boot"},
		{"site after the h1", "https://fairs.example/review",
			`<meta property="og:site_name" content="Fairground"><meta property="og:title" content="A review of the county fair – Fairground - Fairground">`,
			`<h1>A review of the county fair – Fairground</h1><p>Text.</p>`, "A review of the county fair"},
		{"domain before the title", "https://acme.example/notes",
			`<title>acme.example Notes on vibes</title>`, `<h1>acme.example</h1><p>Text.</p>`, "Notes on vibes"},
		{"headline after the blog name and a colon", "https://ci.example/blog/builds",
			`<meta property="og:title" content="Garden Blog: Signed and attested builds">`,
			`<h1>Signed and attested builds</h1><p>Text.</p>`, "Signed and attested builds"},
		{"headline in an h2 under a banner h1", "https://blog.example/report-39",
			`<title>codegen: Progress Report #39</title>`,
			`<h1>Antonia's Notes</h1><h2>codegen: Progress Report #39</h2><p>Text.</p>`, "codegen: Progress Report #39"},
	}
	for _, tc := range cases {
		checkTitleAt(t, titleCase{tc.name, tc.head, tc.body, tc.want}, tc.url)
	}
}

// TestTitleSources checks the choice between the sources of a headline:
// a JSON-LD headline cut to a length, and a news article's <h1> that
// adds a subtitle to its headline.
func TestTitleSources(t *testing.T) {
	long := "Why the river rose: what the town learned in one long week of floods (and what"
	cases := []struct {
		name, head, body, want string
	}{
		{"headline cut short", `<script type="application/ld+json">{"@type":"BlogPosting","headline":"` + long + `"}</script>
			<meta property="og:title" content="` + long + ` it will do next)">`, `<p>Text.</p>`, long + " it will do next)"},
		{"news h1 with a subtitle stays", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Mayor opens new bridge"}</script>
			<meta property="og:title" content="Mayor opens new bridge: traffic eases">`,
			`<h1>Mayor opens new bridge: traffic eases</h1><p>Text.</p>`, "Mayor opens new bridge: traffic eases"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
			a, _ := parseHTMLString(t, page, "https://news.example/a")
			assert.Equal(t, tc.want, a.Title)
		})
	}
}

// TestCleanH1 checks the anchor marks and site names cut from an <h1>.
func TestCleanH1(t *testing.T) {
	ts := &titleSources{sites: []string{"acme docs", "acme"}, names: 1}
	for _, tc := range []struct{ in, want string }{
		{"Middleware¶", "Middleware"},
		{"Install the tools #", "Install the tools"},
		{"How to install the tools - Acme Docs", "How to install the tools"},
		{"How to install - the tools", "How to install - the tools"},
	} {
		assert.Equal(t, tc.want, ts.cleanH1(tc.in), tc.in)
	}
	assert.True(t, ts.isInitialism("Association of Careful Makers of Estates"))
	assert.False(t, ts.isInitialism("Acme"))
	assert.Equal(t, "acme", domainFlat("www.acme.co.uk"))
	assert.Equal(t, "", domainFlat("Acme Docs"))
	assert.True(t, looksCut(strings.Repeat("word ", 20)))
	assert.False(t, looksCut("A short headline"))
}
