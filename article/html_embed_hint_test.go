package article

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

func TestHasEmbedClass(t *testing.T) {
	cases := []struct {
		class string
		want  bool
	}{
		{"", false},
		{"twitter-tweet", true},
		{"InstagramMedia", true},
		{"wp-block-EMBED", true},
		{"article-body", false},
		{strings.Repeat("x", 100) + " video", false}, // past the bytes read
		{strings.Repeat("x", 90) + " video", true},
	}
	for _, tc := range cases {
		t.Run(tc.class, func(t *testing.T) {
			n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: tc.class}}}
			assert.Equal(t, tc.want, hasEmbedClass(n))
		})
	}
}

// TestHasEmbedClassAgrees checks hasEmbedClass against lower-casing the
// class into a buffer and looking for each word, on random classes.
func TestHasEmbedClassAgrees(t *testing.T) {
	words := []string{"embed", "tweet", "twitter", "instagram", "tiktok", "youtube", "bluesky",
		"mastodon", "facebook", "threads", "video", "player"}
	parts := append([]string{"Video", "EMBED", "x", "-", " ", "é", "\u212a", "pla", "yer"}, words...)
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		v := b.String()
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: v}}}
		want := false
		for _, w := range words {
			want = want || strings.Contains(asciiLower(v[:min(len(v), maxEmbedClass)]), w)
		}
		assert.Equal(t, want, hasEmbedClass(n), "%q", v)
	}
}

// asciiLower lower-cases the ASCII capitals of s only.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
