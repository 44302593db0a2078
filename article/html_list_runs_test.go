package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListRunsJoined(t *testing.T) {
	a := parseBodyPage(t, `<p>The council weighed three options:</p>`+
		"<ul>\n<li><strong>Repair:</strong> patch the old bridge for another decade.</li>\n</ul>\n"+
		"<!-- item -->\n<ul>\n<li><strong>Replace:</strong> build a new bridge <a href=\"/plans\">beside it</a>.</li>\n</ul>\n"+
		"<ul><li><strong>Close:</strong> send traffic round the bay.</li></ul>")
	ls := blocksOfKind(a, BlockList)
	require.Len(t, ls, 1)
	assert.Equal(t, []string{
		"Repair: patch the old bridge for another decade.",
		"Replace: build a new bridge beside it.",
		"Close: send traffic round the bay.",
	}, ls[0].Items)
	require.Len(t, ls[0].Links, 1)
	assert.Equal(t, "beside it", ls[0].Links[0].Text)
}

func TestListRunsKeptApart(t *testing.T) {
	cases := []struct {
		name, html string
		lists      int
	}{
		{"numbers that go on", `<ol><li>Drain the tank.</li></ol><ol start="2"><li>Open the valve.</li></ol><ol start="3"><li>Fit the new seal.</li></ol>`, 1},
		{"lists of several items", `<ul><li>Drain the tank.</li><li>Open the valve.</li></ul><ul><li>Previous</li><li>Next</li></ul>`, 2},
		{"one item after several", `<ul><li>Drain the tank.</li><li>Open the valve.</li></ul><ul><li>Fit the new seal.</li></ul>`, 2},
		{"numbers that start again", `<ol><li>Drain the tank.</li></ol><ol><li>Fit the new seal.</li></ol>`, 2},
		{"text between", `<ul><li>Drain the tank.</li></ul>and then<ul><li>Fit the new seal.</li></ul>`, 2},
		{"a paragraph between", `<ul><li>Drain the tank.</li></ul><p>Wait an hour.</p><ul><li>Fit the new seal.</li></ul>`, 2},
		{"lists of two kinds", `<ul><li>Drain the tank.</li></ul><ol><li>Fit the new seal.</li></ol>`, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseBodyPage(t, tc.html)
			assert.Len(t, blocksOfKind(a, BlockList), tc.lists)
		})
	}
}

func TestListRunsNested(t *testing.T) {
	a := parseBodyPage(t, `<ul><li>Tools<ul><li>a spanner</li><li>a torch</li></ul></li></ul><ul><li>Parts</li></ul>`)
	ls := blocksOfKind(a, BlockList)
	require.Len(t, ls, 1)
	assert.Equal(t, []string{"Tools", "a spanner", "a torch", "Parts"}, ls[0].Items)
	assert.Equal(t, []int{0, 1, 1, 0}, ls[0].Depths)
}

// A run of numbered one-item lists whose items hold a list of their own
// joins while the numbers go on, counting the outer items joined so far
// (once per list: counting them again made such a run quadratic).
func TestListRunsNumberedNested(t *testing.T) {
	a := parseBodyPage(t, `<ol><li>Drain the tank.<ul><li>slowly</li></ul></li></ol>`+
		`<ol start="2"><li>Open the valve.<ul><li>a quarter turn</li></ul></li></ol>`+
		`<ol start="3"><li>Fit the new seal.</li></ol>`+
		`<ol start="3"><li>Start again.</li></ol>`)
	ls := blocksOfKind(a, BlockList)
	require.Len(t, ls, 2)
	assert.Equal(t, []string{"Drain the tank.", "slowly", "Open the valve.", "a quarter turn", "Fit the new seal."}, ls[0].Items)
	assert.Equal(t, []int{0, 1, 0, 1, 0}, ls[0].Depths)
	assert.Equal(t, []string{"Start again."}, ls[1].Items)
}
