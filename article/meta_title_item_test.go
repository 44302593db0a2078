package article

import "testing"

// TestTitleItemHeadline checks that the headline of a block marked
// itemprop=headline does not start with the bar set at a block's edge.
func TestTitleItemHeadline(t *testing.T) {
	checkTitles(t, []titleCase{
		{"h2 marked as the headline",
			`<title>Style - acme.example - Web Design</title>`,
			`<div itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">Write for the People Who Read You</h2><div itemprop="articleBody"><p>Text.</p></div></div>`,
			"Write for the People Who Read You"},
	})
}
