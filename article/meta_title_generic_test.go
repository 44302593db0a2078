package article

import "testing"

// TestTitleGenericLabel checks that a generic label in the metadata or in
// the <h1> ("Article", "Home", "Startseite") yields to a title that names
// the page, and stays the title when nothing else is one.
func TestTitleGenericLabel(t *testing.T) {
	const page = `<title>Council approves new bridge over the river | Acme Daily</title>
			<meta property="og:site_name" content="Acme Daily">`
	checkTitles(t, []titleCase{
		{"JSON-LD headline Article",
			page + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Article"}</script>`,
			`<p>Text.</p>`,
			"Council approves new bridge over the river"},
		{"og:title Home with the site's name",
			page + `<meta property="og:title" content="Home | Acme Daily">`,
			`<p>Text.</p>`,
			"Council approves new bridge over the river"},
		{"h1 Startseite over the story",
			page,
			`<h1>Startseite</h1><p>Text.</p>`,
			"Council approves new bridge over the river"},
		{"a listing the metadata names so keeps its label",
			`<title>News | Acme Student Support</title>`,
			`<h1>News</h1><p>Text.</p>`,
			"News"},
	})
}
