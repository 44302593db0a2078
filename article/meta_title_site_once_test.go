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
