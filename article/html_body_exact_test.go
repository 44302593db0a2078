package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The cases of this file check the body text at its edges and inside:
// tables of short cells kept, picture credits and site notices left out.
// Each page is parseEdgePage's article with the markup of the case.

func TestBodyTables(t *testing.T) {
	const (
		prosCons = `<h3>Pros and cons</h3><table><thead><tr><th>Pros</th><th>Cons</th></tr></thead>` +
			`<tbody><tr><td><ul><li><p>Quiet trains at night</p></li><li><p>Cheap season pass</p></li></ul></td>` +
			`<td><ul><li><p>Few stops outside the centre</p></li></ul></td></tr></tbody></table>`
		prices = `<h3>Fares</h3><div class="table-scroll"><style>.t{}</style><div class="inner">` +
			`<table><thead><tr><th><b>Ticket</b></th><th><b>Price</b></th></tr></thead><tbody><tr><td><ul><li><p>Single ride</p></li></ul></td>` +
			`<td><ul><li><p>2 euros</p></li></ul></td></tr></tbody></table></div></div>`
	)
	cases := []struct {
		name, middle string
		kept         []string
	}{
		{"header row, lists in its cells", prosCons, []string{"Pros", "Quiet trains at night", "Cheap season pass", "Few stops outside the centre"}},
		{"short cells in wrappers", prices, []string{"Ticket", "Single ride", "2 euros"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseEdgePage(t, "", tc.middle, "")
			for _, k := range tc.kept {
				assert.Contains(t, a.Text, k)
			}
		})
	}
}

func TestBodyCreditsAndNotices(t *testing.T) {
	cases := []struct {
		name, middle, tail, gone, kept string
	}{
		{"photo credit", "<p>Photo: City Press Agency</p>", "", "City Press Agency", ""},
		{"image credit with a copyright sign", "<p>Image credit: © Stock/J. Smith</p>", "", "Stock/J", ""},
		{"image provided by", "<p>Image provided by the council.</p>", "", "provided by the council", ""},
		{"a sentence about photos", "<p>Photos of the new lanes will be shown at the town hall next month.</p>", "", "", "Photos of the new lanes"},
		{"copyright before references", "", "<p>Copyright © 2024 City Paper. For more information, see our site.</p><ul><li>Council minutes, 3 May 2024.</li><li>Transport plan, 2023 edition.</li></ul>", "Copyright", "Council minutes"},
		{"all rights reserved", "", "<p>City Paper 2024. All rights reserved.</p><p>Council minutes are published online every month for readers.</p>", "All rights reserved", "Council minutes"},
		{"views disclaimer", "", "<p>The views expressed in this column are not necessarily those of City Paper.</p>", "views expressed", ""},
		{"copyright law", "<p>Copyright law also protects the maps the council published with its plan.</p>", "", "", "Copyright law also protects"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertGoneKept(t, parseEdgePage(t, "", tc.middle, tc.tail), tc.gone, tc.kept)
		})
	}
}
