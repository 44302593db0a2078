package entities

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// affixKeysRef is affixKeys on the runes of norm (valid UTF-8, as every
// norm is): the prefixes of 1 to 3 runes and the suffixes of 1 to 4, each
// the whole norm when it is shorter.
func affixKeysRef(norm string) []uint32 {
	rs := []rune(norm)
	var out []uint32
	for k := 1; k <= 3; k++ {
		out = append(out, newHasher(fPrefix).num(uint64(k)).str(string(rs[:min(k, len(rs))])).key())
	}
	for k := 1; k <= 4; k++ {
		out = append(out, newHasher(fSuffix).num(uint64(k)).str(string(rs[max(0, len(rs)-k):])).key())
	}
	return out
}

// TestASCIIPathsSameAsRunes checks the ASCII shortcuts of appendNorm,
// hasher.norm, appendCompact, affixKeys and suffix against the forms
// that read every rune, on tricky words, random texts and words that turn
// to other scripts halfway.
func TestASCIIPathsSameAsRunes(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	words := append([]string{"l’UE", "O’Brien", "AT&T", "Ab\xff", "ABC’", "x"}, lowerWords...)
	for range 3000 {
		words = append(words, randomText(r, 4), "Ab"+randomText(r, 3))
	}
	for _, w := range words {
		norm := strings.ReplaceAll(strings.ToLower(w), "’", "'")
		require.Equal(t, "x"+norm, string(appendNorm([]byte("x"), w)), "%q", w)
		require.Equal(t, newHasher(fNorm).str(norm), newHasher(fNorm).norm(w), "%q", w)
		require.Equal(t, string(appendCompactRunes([]byte("x"), w)), string(appendCompact([]byte("x"), w)), "%q", w)
		require.Equal(t, affixKeysRef(norm), affixKeys(nil, norm), "%q", w)
		for k := range 5 {
			want := []rune(norm)[max(0, utf8.RuneCountInString(norm)-k):]
			require.Equal(t, string(want), suffix(norm, k), "%q %d", w, k)
		}
	}
}

// TestWordCacheKeepsUsed checks that a full cache keeps the words looked
// up most, with the entries a new cache builds, and lets the others go.
func TestWordCacheKeepsUsed(t *testing.T) {
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	c := newWordCache()
	c.limit = 100
	for i := range 99 {
		c.reserve(1)
		c.entry(tg, "mot"+strconv.Itoa(i))
		for range i % 4 {
			c.entry(tg, "mot"+strconv.Itoa(i)) // found again 0 to 3 times
		}
	}
	// Full: the 74 words found again are too many to keep (half the
	// cache), the 49 found twice or more are not.
	c.reserve(2)
	assert.Equal(t, 49, c.n)
	for i := range 99 {
		n := c.n
		e := c.entry(tg, "mot"+strconv.Itoa(i))
		if i%4 >= 2 {
			assert.Equal(t, n, c.n, "mot%d is kept", i)
		} else {
			assert.Equal(t, n+1, c.n, "mot%d is not kept", i)
		}
		want, got := *newWordCache().entry(tg, e.word), *e
		got.uses = 0
		require.Equal(t, want, got, "mot%d", i)
	}
}

// TestTokenBuffersKeepNoText checks that a token buffer given back holds
// no token of its text, and that a big one is not pooled.
func TestTokenBuffersKeepNoText(t *testing.T) {
	var b tokenBuffers
	buf := b.get(20)
	*buf = appendTokens((*buf)[:0], "Paul Durand à Paris.")
	require.Equal(t, Tokenize("Paul Durand à Paris."), *buf)
	b.put(buf)
	assert.Empty(t, *buf)
	for _, tk := range (*buf)[:4] {
		assert.Equal(t, Token{}, tk)
	}
	big := make([]Token, maxPooledTokens+1)
	big[0].Text = "x"
	b.put(&big)
	assert.Equal(t, "x", big[0].Text, "left alone")
}
