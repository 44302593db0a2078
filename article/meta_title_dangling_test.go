package article

import "testing"

// TestTitleDangling checks that a separator left at either end of a page
// title whose headline field was empty is dropped.
func TestTitleDangling(t *testing.T) {
	checkTitles(t, []titleCase{
		{"separator at the end",
			`<title>Acme Rail Enquiries -</title>`,
			`<p>Text.</p>`,
			"Acme Rail Enquiries"},
		{"separator at the start",
			`<title>| Council approves new bridge over the river</title>`,
			`<p>Text.</p>`,
			"Council approves new bridge over the river"},
		{"a closing guillemet stays",
			`<title>Opinion. « Our bridges need care »</title>`,
			`<p>Text.</p>`,
			"Opinion. « Our bridges need care »"},
		{"a minus sign stays",
			`<title>-40 degrees in the valley</title>`,
			`<p>Text.</p>`,
			"-40 degrees in the valley"},
	})
}
