package article

import "testing"

// TestTitleSiteOnce checks that a title led by the site's name keeps its
// last part when that part speaks of the site: the site is named once.
func TestTitleSiteOnce(t *testing.T) {
	checkTitles(t, []titleCase{
		{"last part speaks of the site",
			`<title>Acme Weather - New Snow Maps from Acme Weather</title>
			<meta property="og:site_name" content="Acme Weather">`,
			`<p>Text.</p>`,
			"New Snow Maps from Acme Weather"},
		{"site at the end still cut",
			`<title>New Snow Maps for the Alps - Acme Weather</title>
			<meta property="og:site_name" content="Acme Weather">`,
			`<p>Text.</p>`,
			"New Snow Maps for the Alps"},
	})
}

// TestTitleSiteLead checks that a first part holding the site's name among
// other words is no site name when it holds the <h1> (a product and its
// variant), and still is otherwise.
func TestTitleSiteLead(t *testing.T) {
	checkTitles(t, []titleCase{
		{"product and its colour",
			`<title>Acme Classic T-Shirt - Black | Acme</title>
			<meta property="og:title" content="Acme Classic T-Shirt - Black">
			<meta property="og:site_name" content="Acme">`,
			`<h1>Classic T-Shirt</h1><p>Text.</p>`,
			"Classic T-Shirt"},
		{"site's section before a title",
			`<meta property="og:title" content="Acme Blog - Heaven Blue">
			<meta property="og:site_name" content="Acme">`,
			`<p>Text.</p>`,
			"Heaven Blue"},
		{"site's section before a one-word title",
			`<meta property="og:title" content="Acme Blog - Announcements">
			<meta property="og:site_name" content="Acme">`,
			`<h1>Announcements</h1><p>Text.</p>`,
			"Announcements"},
	})
}

// TestTitleSiteDefault checks that a metadata title led by the site's name
// that has nothing in common with the page's <title> (the site's default
// og:title) yields to that <title>.
func TestTitleSiteDefault(t *testing.T) {
	checkTitles(t, []titleCase{
		{"site and tag line as og:title",
			`<title>Council approves new bridge over the river | Acme Daily</title>
			<meta property="og:site_name" content="Acme Daily">
			<meta property="og:title" content="Acme Daily - News from the valley">`,
			`<p>Text.</p>`,
			"Council approves new bridge over the river"},
		{"og:title led by the site that shares the story stays",
			`<title>Bridge vote | Acme Daily</title>
			<meta property="og:site_name" content="Acme Daily">
			<meta property="og:title" content="Acme Daily - Council approves the bridge">`,
			`<p>Text.</p>`,
			"Council approves the bridge"},
	})
}
