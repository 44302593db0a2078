package article

import "testing"

// TestTitleTrail checks that a page title written as a breadcrumb trail
// gives its last step, and that a trail whose last step is not the
// longest stays whole.
func TestTitleTrail(t *testing.T) {
	checkTitles(t, []titleCase{
		{"blog archive trail",
			`<title>Acme Notes » Blog Archive » Caching Small Strings in Python</title>`,
			`<h1><a href="https://acme.example/">Acme Notes</a></h1><p>Text.</p>`,
			"Caching Small Strings in Python"},
		{"short last step stays",
			`<title>Acme Notes » Travel Guides » Rome</title>`,
			`<p>Text.</p>`,
			"Travel Guides » Rome"},
	})
}
