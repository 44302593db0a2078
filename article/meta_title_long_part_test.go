package article

import "testing"

// TestTitleLongPartNotSite checks that a long part of a title is the
// headline, not the site's name: an <h1> after a short section in the
// <title>, and a headline that names the site among many words.
func TestTitleLongPartNotSite(t *testing.T) {
	checkTitles(t, []titleCase{
		{"h1 after a section name",
			`<title>News - Walker: From the Back Nine to the Green Jacket</title>`,
			`<h1>Walker: From the Back Nine to the Green Jacket</h1><p>Text.</p>`,
			"Walker: From the Back Nine to the Green Jacket"},
		{"blog name after a post is still the banner",
			`<title>A Brief Intro to Git • Jane Doe Writes Here</title>`,
			`<h1>Jane Doe Writes Here</h1><h2>A Brief Intro to Git</h2><p>Text.</p>`,
			"A Brief Intro to Git"},
		{"headline naming the site",
			`<title>Acme Police - Press - Smuggling on the Northern Border: Acme Police Report 9,000 Cases This Year</title>
			<meta property="og:site_name" content="Acme Police">`,
			`<h1><strong>Smuggling on the Northern Border: Acme Police Report 9,000 Cases This Year</strong></h1><p>Text.</p>`,
			"Smuggling on the Northern Border: Acme Police Report 9,000 Cases This Year"},
	})
}
