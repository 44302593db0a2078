package article

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// vocabNames are class and id words that exercise every list of the class
// vocabularies: whole words, words inside longer ones, parts at every kind
// of separator, and names without any of them.
var vocabNames = []string{
	"", "a", "ad", "ads", "adx", "x-ad", "ad_unit", "shade", "nav", "navbar", "canvas", "main-nav",
	"article", "article-body", "article-footer", "post-comments", "comment", "entry-content",
	"byline", "author", "author-bio", "authorbio", "content-author", "pagination", "story",
	"sidebar-story", "header", "site-header", "header.main", "top:header", "datetime", "date",
	"pub-date", "published", "posted-on", "timestamp", "user-name", "username", "writer",
	"signature", "related", "related-posts", "price", "product-price", "add-to-cart", "buybox",
	"post-body", "postbody", "reply", "thread", "forum-post", "answer", "topic-body", "cta-",
	"cta", "teaser-text", "menu-main", "lede", "xyz", "hentry", "promo-content", "-", "--", "_x_",
	"autor", "auteur", "time", "menu", "visually-hidden", "sr-only", "a-lire", "lire-aussi",
}

// refNameWeight is nameWeight as three searches and a split: the
// definition the one-pass version must agree with.
func refNameWeight(v []byte) int8 {
	parts := strings.FieldsFunc(string(v), func(r rune) bool { return r < 0x80 && isNameSeparator(byte(r)) })
	part := false
	for _, p := range parts {
		for _, w := range boilerParts.first[p[0]] {
			part = part || p == w
		}
	}
	switch {
	case containsAny(v, strongBoilerWords) || part:
		return -2
	case containsAny(v, contentWords):
		return 1
	case containsAny(v, weakBoilerWords):
		return -1
	}
	return 0
}

func TestNameWeightAgreesWithLists(t *testing.T) {
	for _, a := range vocabNames {
		assert.Equal(t, refNameWeight([]byte(a)), nameWeight([]byte(a)), a)
		for _, b := range vocabNames {
			name := []byte(a + "-" + b)
			assert.Equal(t, refNameWeight(name), nameWeight(name), string(name))
		}
	}
}

func TestNameWeight(t *testing.T) {
	cases := []struct {
		name string
		want int8
	}{
		{"article-body", 1},
		{"post-comments", -2},
		{"main-nav", -2},
		{"canvas", 0},
		{"ad_unit", -2},
		{"shade", 0},
		{"pagination", -1},
		{"story-pagination", 1},
		{"header", -2},
		{"", 0},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, nameWeight([]byte(c.name)), c.name)
	}
}

func TestClassWeight(t *testing.T) {
	cases := []struct {
		attrs []html.Attribute
		want  int8
	}{
		{[]html.Attribute{{Key: "class", Val: "Article-Body pagination-first"}}, 1},
		{[]html.Attribute{{Key: "class", Val: "wrap"}, {Key: "id", Val: "Sidebar"}}, -2},
		{[]html.Attribute{{Key: "id", Val: "menu"}, {Key: "class", Val: "x"}}, -1},
		{[]html.Attribute{{Key: "class", Val: "share"}, {Key: "id", Val: "story"}}, 1},
		{[]html.Attribute{{Key: "title", Val: "sidebar"}}, 0},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, classWeight(&html.Node{Type: html.ElementNode, Data: "div", Attr: c.attrs}), c.attrs)
	}
}

// refHintOf is hintOf as one search per word.
func refHintOf(v []byte) int {
	has := func(words []string) bool {
		for _, w := range words {
			if bytes.Contains(v, []byte(w)) {
				return true
			}
		}
		return false
	}
	switch {
	case has(commentHints):
		return hintComment
	case has(authorHints):
		return hintAuthor
	case has(dateHints):
		return hintDate
	}
	return 0
}

func TestHintOfAgreesWithLists(t *testing.T) {
	for _, a := range vocabNames {
		for _, b := range vocabNames {
			name := []byte(a + " " + b)
			assert.Equal(t, refHintOf(name), hintOf(name), string(name))
		}
	}
}

func TestClassHint(t *testing.T) {
	cases := []struct {
		class string
		want  int
	}{
		{"Byline", hintAuthor},
		{"post-date", hintDate},
		{"author-date", hintAuthor},
		{"comment-author", hintComment},
		{"date comment", hintComment},
		{"wrapper", 0},
	}
	for _, c := range cases {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: c.class}}}
		assert.Equal(t, c.want, classHint(n), c.class)
	}
}

// refNamedParts is namedParts as one search per word.
func refNamedParts(name []byte) uint8 {
	var parts uint8
	for bit, words := range map[uint8][]string{partCart: cartWords, partPrice: priceWords, partPost: postWords, partPostBody: postBodyWords} {
		for _, w := range words {
			if bytes.Contains(name, []byte(w)) {
				parts |= bit
			}
		}
	}
	return parts
}

func TestNamedPartsAgreesWithLists(t *testing.T) {
	for _, a := range vocabNames {
		for _, b := range vocabNames {
			name := []byte(a + " " + b)
			assert.Equal(t, refNamedParts(name), namedParts(name), string(name))
		}
	}
}

func TestClassAndID(t *testing.T) {
	long := strings.Repeat("x", 200)
	cases := []struct {
		attrs []html.Attribute
		want  string
	}{
		{[]html.Attribute{{Key: "class", Val: "Product-Price"}, {Key: "id", Val: "P1"}}, "product-price p1"},
		{[]html.Attribute{{Key: "id", Val: "Cart"}}, " cart"},
		{nil, " "},
		{[]html.Attribute{{Key: "class", Val: "a"}, {Key: "class", Val: "b"}}, "a "},
		{[]html.Attribute{{Namespace: "xlink", Key: "class", Val: "a"}, {Key: "class", Val: "b"}}, "b "},
		{[]html.Attribute{{Key: "class", Val: long}, {Key: "id", Val: "price"}}, long[:128]},
		{[]html.Attribute{{Key: "class", Val: long[:126]}, {Key: "id", Val: "price"}}, long[:126] + " p"},
	}
	for _, c := range cases {
		var buf [128]byte
		got := classAndID(buf[:0], &html.Node{Type: html.ElementNode, Data: "div", Attr: c.attrs})
		assert.Equal(t, c.want, string(got))
	}
}

// benchElements returns the elements of the testdata pages.
func benchElements(b *testing.B) []*html.Node {
	files, err := filepath.Glob("../testdata/*.html")
	require.NoError(b, err)
	var out []*html.Node
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(b, err)
		doc, err := html.Parse(bytes.NewReader(data))
		require.NoError(b, err)
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode {
				out = append(out, n)
			}
		}
	}
	return out
}

func BenchmarkClassVocab(b *testing.B) {
	nodes := benchElements(b)
	b.Run("classWeight", func(b *testing.B) {
		for b.Loop() {
			for _, n := range nodes {
				classWeight(n)
			}
		}
	})
	b.Run("classHint", func(b *testing.B) {
		for b.Loop() {
			for _, n := range nodes {
				classHint(n)
			}
		}
	})
	b.Run("namedParts", func(b *testing.B) {
		var buf [128]byte
		for b.Loop() {
			for _, n := range nodes {
				namedParts(classAndID(buf[:0], n))
			}
		}
	})
}
