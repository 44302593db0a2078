package article

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestWordStarts(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"navbar", true},
		{"main-nav", true},
		{"NavBar", true},
		{"canvas", false},
		{"installPopover", true},
		{"installpopover", true},
		{"storytelling", false},
		{"article__related-links", true},
		{"x_menu", true}, // "_" splits words
		{"caf\u00e9-share", true},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, wordStarts(tc.in, negativeWords))
			assert.Equal(t, wordStartsSlowly(tc.in, negativeWordList), wordStarts(tc.in, negativeWords))
		})
	}
}

func TestBoxClass(t *testing.T) {
	cases := []struct {
		class, id string
		weak      bool
		want      bool
	}{
		{"RenderKeyPoints", "", false, true},
		{"", "article-summary", false, true},
		{"bullet-list", "", false, false},
		{"bullet-list", "", true, true},
		{"content", "main", true, false},
		{"KEY-TAKEAWAYS", "", false, true},
	}
	for _, tc := range cases {
		t.Run(tc.class+"#"+tc.id, func(t *testing.T) {
			n := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
			if tc.class != "" {
				n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: tc.class})
			}
			if tc.id != "" {
				n.Attr = append(n.Attr, html.Attribute{Key: "id", Val: tc.id})
			}
			assert.Equal(t, tc.want, boxClass(n, tc.weak))
		})
	}
}

// TestClassWordsAgree checks the indexed matching against a plain loop
// over the words with strings.EqualFold, on random names.
func TestClassWordsAgree(t *testing.T) {
	parts := []string{
		"nav", "Nav", "NAV", "bar", "-", "_", " ", "key", "Points", "points", "summary",
		"SUMMARY", "é", "\u212a", "ey", "more", "Pop", "over", "x", "9", "tl", "dr", "\xff",
		"share", "taboola", "glance", "at-a-",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		v := b.String()
		assert.Equal(t, wordStartsSlowly(v, negativeWordList), wordStarts(v, negativeWords), "%q", v)
		assert.Equal(t, containsSlowly(v, boxWordList), boxWords.containedIn(v), "%q", v)
	}
}

var negativeWordList = []string{
	"nav", "menu", "related", "breadcrumb", "share", "social", "tags", "comment",
	"footer", "sommaire", "toc", "newsletter", "recommend", "trending", "popular",
	"sidebar", "promo", "outbrain", "taboola", "pagination", "lire", "readmore",
	"more", "also", "mostread", "topics", "keywords", "pop", "modal", "dialog",
	"cookie", "consent", "banner", "install",
}

var boxWordList = []string{
	"key-points", "keypoints", "key_points", "key-takeaways", "takeaways", "essentiel",
	"tldr", "tl-dr", "tl_dr", "highlights", "summary", "points-cles",
	"pointscles", "a-retenir", "aretenir", "at-a-glance", "in-brief", "story-points",
}

// wordStartsSlowly is wordStarts trying every prefix at every word start.
func wordStartsSlowly(v string, prefixes []string) bool {
	for i := 0; i < len(v); i++ {
		if !classWordByte(v[i]) || (i > 0 && !wordStart(v, i)) {
			continue
		}
		for _, p := range prefixes {
			if i+len(p) <= len(v) && strings.EqualFold(v[i:i+len(p)], p) {
				return true
			}
		}
	}
	return false
}

// containsSlowly reports whether v holds one of words, case aside,
// trying each word at each byte.
func containsSlowly(v string, words []string) bool {
	for _, w := range words {
		for i := 0; i+len(w) <= len(v); i++ {
			if strings.EqualFold(v[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// wordStart reports whether v[i], a word byte, starts a word of v: the
// plain test that wordStarts makes through classBytes.
func wordStart(v string, i int) bool {
	prev := v[i-1]
	return !classWordByte(prev) || ('a' <= prev && prev <= 'z' && 'A' <= v[i] && v[i] <= 'Z')
}
