package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAltCaptionIsFigure(t *testing.T) {
	a := parseBodyPage(t, `<div class="pic"><a><picture><img src="https://cdn.example.org/img/ferry.jpg" alt="The old ferry leaves the harbour at dawn. "></picture></a>`+
		`<div class="copy">The old ferry leaves the harbour at dawn.</div></div>`)
	fs := blocksOfKind(a, BlockFigure)
	require.Len(t, fs, 1)
	assert.Equal(t, "The old ferry leaves the harbour at dawn.", fs[0].Text)
	assert.Equal(t, "https://cdn.example.org/img/ferry.jpg", fs[0].Image)
	assert.NotContains(t, a.Text, "The old ferry leaves")
}

func TestAltCaptionKeptAsText(t *testing.T) {
	cases := []pageCase{
		{"a paragraph between", `<img src="/a.jpg" alt="The old ferry leaves the harbour."><p>Crowds waved from the pier.</p><p>The old ferry leaves the harbour.</p>`},
		{"a heading between", `<img src="/a.jpg" alt="The old ferry leaves the harbour."><h2>Farewell</h2><p>The old ferry leaves the harbour.</p>`},
		{"a short alt", `<img src="/a.jpg" alt="Ferry"><p>Ferry</p>`},
		{"other words", `<img src="/a.jpg" alt="The old ferry at dawn."><p>The old ferry leaves the harbour.</p>`},
	}
	assertNoBlocksOfKind(t, BlockFigure, cases)
}

func TestCaptionCreditParted(t *testing.T) {
	a := parseBodyPage(t, `<figure><img src="https://cdn.example.org/a.jpg"><figcaption><span class="desc">The mayor meets the union</span><span class="credit"><span>CITY PRESS (Video)</span></span></figcaption></figure>`)
	fs := blocksOfKind(a, BlockFigure)
	require.Len(t, fs, 1)
	assert.Equal(t, "The mayor meets the union CITY PRESS (Video)", fs[0].Text)
}
