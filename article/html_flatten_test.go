package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deepPage buries an article under depth nested <div>s, none closed.
func deepPage(depth int) string {
	return "<html><head><title>Deep</title></head><body>" + strings.Repeat("<div>", depth) +
		"<article><h1>A buried story</h1><p>This paragraph sits under thousands of generated elements, yet a reader can still read it.</p>" +
		"<p>A second paragraph makes the article long enough to count as one for any extractor.</p></article></body></html>"
}

func TestDeepPageIsFlattened(t *testing.T) {
	for _, depth := range []int{600, 20000} {
		page := deepPage(depth)
		a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
		require.NoError(t, err, "depth %d", depth)
		assert.Contains(t, a.Text, "yet a reader can still read it", "depth %d", depth)
	}
}

func TestFlattenKeepsTextDropsDeepTags(t *testing.T) {
	out, err := flatten("<div><div><div><b>x</b></div></div></div><p>y", 2, 0)
	require.NoError(t, err)
	assert.Equal(t, "<div><div>x</div></div><p>y", out)
}

func TestFlattenClosesSiblings(t *testing.T) {
	out, err := flatten("<ul><li>a<li>b<li>c</ul><p>d", 2, 0)
	require.NoError(t, err)
	assert.Equal(t, "<ul><li>a<li>b<li>c</ul><p>d", out, "implied ends keep siblings at one depth")
}

func TestTooManyNodes(t *testing.T) {
	cfg := NewConfig()
	cfg.Limits.MaxNodes = 1000
	cfg.Freeze()
	page := "<html><body>" + strings.Repeat("<span>x</span>", 1000) + "</body></html>"
	_, err := ParseHTML(context.Background(), cfg, strings.NewReader(page), Input{})
	assert.ErrorIs(t, err, ErrTooLarge)
}
