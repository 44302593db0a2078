package article

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFoldWordTagsAgrees checks that reading the space-separated words of
// a value in place (foldWordTags) gives what cutting each word off with
// nextWord and reading it alone gives, through a machine and through the
// pairs, and that valueWeight weighs as it did word by word.
func TestFoldWordTagsAgrees(t *testing.T) {
	parts := []string{"", " ", "  ", "\t", "\n", "-", "_", "ad", "Ad", "AD", "nav", "post", "Content", "comment",
		"cookie", "GDPR", "header", "related", "x", "é", "main", "body", "read-more", "side", "tag"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		v := b.String()
		for _, x := range []*wordIndex{vocabIndex, consentIndex} {
			assert.Equal(t, plainWordTags(x, v), inPlaceWordTags(x, v), "%q", v)
		}
		assert.Equal(t, plainValueWeight(v), valueWeight(v), "%q", v)
	}
}

// plainWordTags returns the tags of each word of v, read alone.
func plainWordTags(x *wordIndex, v string) []uint8 {
	var out []uint8
	for len(v) > 0 {
		var word string
		word, v = nextWord(v)
		out = append(out, x.foldTags(word))
	}
	return out
}

// inPlaceWordTags returns the tags of each word of v, read in place.
func inPlaceWordTags(x *wordIndex, v string) []uint8 {
	var out []uint8
	for i := 0; i < len(v); {
		var tags uint8
		tags, i = x.foldWordTags(v, i)
		out = append(out, tags)
	}
	return out
}

// plainValueWeight is valueWeight with each word cut off by nextWord.
func plainValueWeight(val string) int8 {
	w := int8(0)
	for _, tags := range plainWordTags(vocabIndex, val[:min(len(val), maxFoldedValue)]) {
		x := weightOfTags(tags)
		if x == 1 {
			return 1
		}
		w = min(w, x)
	}
	return w
}
