package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBrBulletsList(t *testing.T) {
	a := parseBodyPage(t, "<p><strong>What the crew checks</strong><br>\n- the hull and <a href=\"/keel\">its keel</a><br>\n- the rigging<br>\n- the engine oil</p>")
	ls := blocksOfKind(a, BlockList)
	require.Len(t, ls, 1)
	assert.Equal(t, []string{"the hull and its keel", "the rigging", "the engine oil"}, ls[0].Items)
	require.Len(t, ls[0].Links, 1)
	assert.Equal(t, "its keel", ls[0].Links[0].Text)
	assert.Contains(t, a.Text, "What the crew checks\n\n")
	assert.NotContains(t, a.Text, "- the rigging")
}

func TestBrBulletsListWithoutLabel(t *testing.T) {
	a := parseBodyPage(t, `<p>• Flour<br>• Two eggs<br>• Milk<br></p>`)
	ls := blocksOfKind(a, BlockList)
	require.Len(t, ls, 1)
	assert.Equal(t, []string{"Flour", "Two eggs", "Milk"}, ls[0].Items)
}

func TestBrLinesKeptAsParagraph(t *testing.T) {
	cases := []pageCase{
		{"one item", `<p>Bring this:<br>- a lamp</p>`},
		{"a line after the items", `<p>Bring this:<br>- a lamp<br>- a rope<br>and be on time.</p>`},
		{"two lines before", `<p>Dear all,<br>bring this:<br>- a lamp<br>- a rope</p>`},
		{"dialogue", `<p>– Where are you going?<br>– Home, she said.</p>`},
		{"dashes inside lines", `<p>Paris - Lyon<br>Lyon - Nice</p>`},
	}
	assertNoBlocksOfKind(t, BlockList, cases)
}

func TestBulletParagraphsList(t *testing.T) {
	a := parseBodyPage(t, `<p>The union asks for three things:</p><p>- more staff in the <a href="/wards">night wards</a>;</p><p>- a pay rise for nurses;</p><p>- fewer temporary contracts.</p>`)
	ls := blocksOfKind(a, BlockList)
	require.Len(t, ls, 1)
	assert.Equal(t, []string{"more staff in the night wards;", "a pay rise for nurses;", "fewer temporary contracts."}, ls[0].Items)
	require.Len(t, ls[0].Links, 1)
	assert.Equal(t, "night wards", ls[0].Links[0].Text)
}

func TestBulletParagraphsKept(t *testing.T) {
	cases := []pageCase{
		{"one bulleted paragraph", `<p>- more staff in the night wards.</p><p>The talks resume on Monday.</p>`},
		{"two bullets of two kinds", `<p>- more staff in the night wards;</p><p>• a pay rise for nurses.</p>`},
		{"breaks", `<p>* * *</p><p>* * *</p>`},
	}
	assertNoBlocksOfKind(t, BlockList, cases)
}

// pageCase is a named piece of body HTML.
type pageCase struct{ name, html string }

// assertNoBlocksOfKind checks that the body of each case's page holds no
// block of kind k.
func assertNoBlocksOfKind(t *testing.T, k BlockKind, cases []pageCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseBodyPage(t, tc.html)
			assert.Empty(t, blocksOfKind(a, k))
		})
	}
}
