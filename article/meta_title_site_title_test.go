package article

import "testing"

// TestTitleSiteNameIsTitle checks that a site name that repeats the
// page's title (an application-name filled with it) does not cut the
// headline down to its first words.
func TestTitleSiteNameIsTitle(t *testing.T) {
	full := "Helio Desk: Help desk software for small teams | Acme Works"
	checkTitles(t, []titleCase{
		{"application-name holding the page title",
			`<title>` + full + `</title><meta property="og:title" content="` + full + `">
			<meta property="og:site_name" content="Acme Works">
			<meta name="application-name" content="` + full + `">`,
			`<p>Text.</p>`, "Helio Desk: Help desk software for small teams"},
		{"site name without a separator stays a name",
			`<title>Rain floods the old town | Acme Works</title>
			<meta property="og:title" content="Rain floods the old town | Acme Works">
			<meta name="application-name" content="Acme Works">`,
			`<p>Text.</p>`, "Rain floods the old town"},
	})
}
