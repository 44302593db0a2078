package article

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBlankParagraphsDropped checks that the "&nbsp;" paragraphs and list
// items an editor leaves for room are no blocks, and that the text keeps
// one blank line between paragraphs.
func TestBlankParagraphsDropped(t *testing.T) {
	a := parsePage(t, `<html><body><article><h1>Budget voté</h1><p>`+bodyArticle[0]+`</p><p>&nbsp;</p><p>`+bodyArticle[1]+
		`</p><p>&nbsp; &nbsp;</p><ul><li>Écoles rénovées</li><li>&nbsp;</li><li>Transports gratuits le dimanche</li></ul><p>`+bodyArticle[2]+`</p></article></body></html>`)
	var blocks []Block
	for _, s := range a.Sections {
		blocks = append(blocks, s.Blocks...)
	}
	for _, b := range blocks {
		assert.False(t, blankBlock(b), "%q", b.Text)
		for _, it := range b.Items {
			assert.False(t, onlySpaces(it))
		}
	}
	assert.Len(t, blocks, 4)
	assert.Contains(t, a.Text, bodyArticle[0]+"\n\n"+bodyArticle[1]+"\n\nÉcoles rénovées\nTransports gratuits le dimanche")
	assert.NotContains(t, a.Text, "\u00a0")
}

func TestOnlySpaces(t *testing.T) {
	for s, want := range map[string]bool{"": true, " \u00a0\u202f\t\n": true, "\u00a0a": false, "«\u00a0": false} {
		assert.Equal(t, want, onlySpaces(s), "%q", s)
	}
	assert.Equal(t, []string{"a", "b"}, withoutBlankItems(Block{Kind: BlockList, Items: []string{"a", "\u00a0", "b"}}).Items)
	assert.Equal(t, []int{0, 1}, withoutBlankItems(Block{Kind: BlockList, Items: []string{"a", " ", "b"}, Depths: []int{0, 1, 1}}).Depths)
}

func TestOnlySpacesSameAsTrimSpace(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 11))
	for range 20000 {
		s := randomBodyText(rng, 6)
		assert.Equal(t, strings.TrimSpace(s) == "", onlySpaces(s), "%q", s)
	}
}

// TestSpacerParagraphKeptUntilSections checks that a paragraph of no-break
// spaces, narrow ones included, which CleanText empties, still reaches the
// block rules as one no-break space (the page's spacing they read), while
// one of plain spaces is no block.
func TestSpacerParagraphKeptUntilSections(t *testing.T) {
	c := newContext(context.Background(), testConfig(), Input{})
	w := &bodyWalker{c: c}
	for _, s := range []string{"\u00a0", "\u00a0 \u00a0", "  \t", "\u202f"} {
		w.inline = append(w.inline, s...)
		w.flush()
	}
	spacer := Block{Kind: BlockParagraph, Text: "\u00a0"}
	assert.Equal(t, []Block{spacer, spacer, spacer}, c.blocks)
	assert.Empty(t, buildSections(c.blocks))
}
