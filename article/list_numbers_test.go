package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNumberedListStart checks that a numbered list keeps the number of
// its first item, that other lists have none, and that the text holds
// the items without numbers.
func TestNumberedListStart(t *testing.T) {
	cases := []struct {
		name, list string
		want       int
	}{
		{"numbered", `<ol><li>Preheat the oven.</li><li>Bake the bread.</li></ol>`, 1},
		{"numbered from three", `<ol start="3"><li>Preheat the oven.</li><li>Bake the bread.</li></ol>`, 3},
		{"start that is no number", `<ol start="three"><li>Preheat the oven.</li><li>Bake the bread.</li></ol>`, 1},
		{"counting down", `<ol reversed><li>Preheat the oven.</li><li>Bake the bread.</li></ol>`, 0},
		{"bullets", `<ul><li>Preheat the oven.</li><li>Bake the bread.</li></ul>`, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseEdgePage(t, "", tc.list, "")
			lists := blocksOfKind(a, BlockList)
			require.Len(t, lists, 1)
			assert.Equal(t, tc.want, lists[0].Start)
			assert.Contains(t, a.Text, "\n\nPreheat the oven.\nBake the bread.\n\n")
		})
	}
}
