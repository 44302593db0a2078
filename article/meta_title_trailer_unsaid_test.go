package article

import "testing"

// TestTitleUnsaidTrailer checks that a line an <h1> sets apart after its
// headline (its topic, behind screen-reader separators) is left out when
// no metadata title mentions it, even when the metadata words the
// headline otherwise, and kept when the metadata speaks of it.
func TestTitleUnsaidTrailer(t *testing.T) {
	checkTitles(t, []titleCase{
		{"topic line the metadata never mentions",
			`<title>Council approves new bridge | Acme Ministry</title>`,
			`<h1><span>Council approves new bridge over the river</span><span class="sr-only">: </span>
			<small class="topline"><span class="sr-only">, Topic:</span> <span>Research</span></small></h1><p>Text.</p>`,
			"Council approves new bridge over the river"},
		{"subtitle the metadata gives stays",
			`<title>Council approves new bridge after a long debate | Acme Ministry</title>`,
			`<h1><span>Council approves new bridge</span> <small>after a long debate</small></h1><p>Text.</p>`,
			"Council approves new bridge after a long debate"},
	})
}
