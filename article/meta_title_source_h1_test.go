package article

import "testing"

// TestTitleSourceH1 checks that of two <h1>s, the one the OpenGraph title
// names is the headline, not a section's name that the <title> repeats.
func TestTitleSourceH1(t *testing.T) {
	checkTitles(t, []titleCase{
		{"section h1 before the headline",
			`<title>News - Acme Institute</title>
			<meta property="og:title" content="Water Samples Show a Cleaner Lake">`,
			`<h1 class="pagetitle">News</h1><div><h1>Water Samples Show a Cleaner Lake</h1><p>Text.</p></div>`,
			"Water Samples Show a Cleaner Lake"},
	})
}
