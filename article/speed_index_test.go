package article

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// The forms below are the ones this pass replaced: a wordIndex read every
// word of a first byte to find those of a pair, countVocab lower-cased
// each element's class and id into a copy, and the metadata and body
// readers each found and parsed the largest <noscript> themselves.

// refIndex is a wordIndex as a plain list of its words, searched at every
// position with every word.
type refIndex []indexedWord

// add files words as wordIndex.add does.
func (r *refIndex) add(tag uint8, whole bool, words ...string) {
	for _, w := range words {
		*r = append(*r, indexedWord{w, tag, whole})
	}
}

// tags is wordIndex.tags by reading every word at every position.
func (r refIndex) tags(v []byte) uint8 {
	var tags uint8
	for i := range v {
		for _, e := range r {
			end := i + len(e.word)
			if end <= len(v) && string(v[i:end]) == e.word && (!e.whole || wholePart(v, i, end)) {
				tags |= e.tag
			}
		}
	}
	return tags
}

// refVocabIndex is vocabIndex as a refIndex.
func refVocabIndex() refIndex {
	var r refIndex
	for _, set := range []struct {
		tag   uint8
		whole bool
		words *nameWords
	}{
		{vocabStrong, false, strongBoilerWords},
		{vocabStrong, true, boilerParts},
		{vocabContent, false, contentWords},
		{vocabWeak, false, weakBoilerWords},
	} {
		for _, ws := range set.words.first {
			r.add(set.tag, set.whole, ws...)
		}
	}
	return r
}

// refPartIndex is partIndex as a refIndex.
func refPartIndex() refIndex {
	var r refIndex
	r.add(partCart, false, cartWords...)
	r.add(partPrice, false, priceWords...)
	r.add(partPost, false, postWords...)
	r.add(partPostBody, false, postBodyWords...)
	return r
}

// randomIndexWords returns n random words of two to five bytes over a
// small alphabet, so that many share their first bytes and pairs.
func randomIndexWords(r *rand.Rand, n int) []string {
	const alphabet = "abcde-_"
	words := make([]string, n)
	for i := range words {
		b := make([]byte, 2+r.Intn(4))
		for j := range b {
			b[j] = alphabet[r.Intn(len(alphabet))]
		}
		words[i] = string(b)
	}
	return words
}

// randomIndexValue returns a value over the words' alphabet, some letters
// in upper case, with separators and a byte outside ASCII.
func randomIndexValue(r *rand.Rand) string {
	const alphabet = "abcdeABCDE-_ .:é"
	var b strings.Builder
	for n := r.Intn(40); n > 0; n-- {
		b.WriteByte(alphabet[r.Intn(len(alphabet))])
	}
	return b.String()
}

func TestWordIndexGroupsMatchList(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	for range 200 {
		x, ref := &wordIndex{}, refIndex{}
		for tag := uint8(1); tag < 1<<4; tag <<= 1 {
			words, whole := randomIndexWords(r, 1+r.Intn(8)), r.Intn(2) == 0
			x.add(tag, whole, words...)
			ref.add(tag, whole, words...)
		}
		for range 100 {
			v := randomIndexValue(r)
			var buf [maxFoldedValue]byte
			want := ref.tags(lowerInto(buf[:0], v))
			assert.Equal(t, want, x.tags(lowerInto(buf[:0], v)), v)
			assert.Equal(t, want, x.foldTagsEach(v), v)
			if !x.short {
				assert.Equal(t, want, x.foldTags(v), v)
			}
		}
	}
}

func TestVocabIndexMatchesList(t *testing.T) {
	r := rand.New(rand.NewSource(15))
	ref := refVocabIndex()
	values := append([]string(nil), foldSamples...)
	for range 5000 {
		values = append(values, randomFoldValue(r))
	}
	for _, v := range values {
		var buf [maxFoldedValue]byte
		name := lowerInto(buf[:0], v)
		assert.Equal(t, ref.tags(name), vocabIndex.tags(name), v)
		assert.Equal(t, ref.tags(name), vocabIndex.foldTagsEach(v[:len(name)]), v)
	}
}

func TestWordIndexGroupCases(t *testing.T) {
	x := &wordIndex{}
	x.add(1, false, "price", "prize", "pro", "page")
	x.add(2, true, "ad", "pr")
	cases := []struct {
		val  string
		want uint8
	}{
		{"PRICE-tag", 1},
		{"prizes", 1},
		{"pr-box", 2},
		{"promo", 1},
		{"header ad", 2},
		{"shadow", 0},
		{"p", 0},
		{"Pager", 1},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, x.foldTagsEach(c.val), c.val)
		assert.Equal(t, c.want, x.tags([]byte(strings.ToLower(c.val))), c.val)
	}
	assert.Len(t, x.groups['p'], 2, "one group for pa, one for pr")
	assert.Len(t, x.group('p', 'r'), 4)
}

// oldElementParts is countVocab's former reading of an element: a copy of
// its class and id, lower-cased and cut, searched whole.
func oldElementParts(n *html.Node) (uint8, bool) {
	var buf [maxFoldedValue]byte
	name := classAndID(buf[:0], n)
	return refPartIndex().tags(name), len(name) >= 4
}

// partFragments are the pieces of the class and id values of
// TestElementPartsMatchesCopy: page part words and noise.
var partFragments = slices.Concat(cartWords, priceWords, postWords, postBodyWords,
	[]string{"PRICE", "Add-To-Cart", "x", " ", "-", "comment", "é", strings.Repeat("w", 60)})

// randomPartValue builds a class or id value of page part fragments.
func randomPartValue(r *rand.Rand) string { return randomJoin(r, partFragments, 6) }

func TestElementPartsMatchesCopy(t *testing.T) {
	r := rand.New(rand.NewSource(16))
	for range 20000 {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		for _, key := range []string{"class", "id", "class"} {
			if r.Intn(3) > 0 {
				n.Attr = append(n.Attr, html.Attribute{Key: key, Val: randomPartValue(r)})
			}
		}
		wantParts, wantNamed := oldElementParts(n)
		parts, named := elementParts(n)
		require.Equal(t, wantNamed, named, n.Attr)
		if named {
			require.Equal(t, wantParts, parts, n.Attr)
		}
	}
}

func TestElementPartsCases(t *testing.T) {
	cases := []struct {
		attrs []html.Attribute
		parts uint8
		named bool
	}{
		{nil, 0, false},
		{[]html.Attribute{{Key: "id", Val: "ab"}}, 0, false},
		{[]html.Attribute{{Key: "id", Val: "abc"}}, 0, true},
		{[]html.Attribute{{Key: "class", Val: "Product-PRICE"}}, partPrice, true},
		{[]html.Attribute{{Key: "class", Val: "card"}, {Key: "id", Val: "Add-To-Cart"}}, partCart, true},
		{[]html.Attribute{{Namespace: "svg", Key: "class", Val: "price"}}, 0, false},
		{[]html.Attribute{{Key: "class", Val: strings.Repeat("x", 125)}, {Key: "id", Val: "price"}}, 0, true},
		{[]html.Attribute{{Key: "class", Val: strings.Repeat("x", 122)}, {Key: "id", Val: "price"}}, partPrice, true},
	}
	for _, c := range cases {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: c.attrs}
		parts, named := elementParts(n)
		assert.Equal(t, c.named, named, c.attrs)
		assert.Equal(t, c.parts, parts, c.attrs)
	}
}

func TestNoscriptContentParsedOnce(t *testing.T) {
	inner := "<h1>Thread title</h1><div class=\"post\"><p>" + strings.Repeat("Some words of a post. ", 120) + "</p></div>"
	page := "<html><body><div id=app></div><noscript><p>Enable scripts</p></noscript><noscript>" + inner + "</noscript></body></html>"
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	c := &Context{doc: doc}
	got := noscriptContent(c)
	require.NotNil(t, got)
	assert.Same(t, got, noscriptContent(c), "the second reader gets the same tree")
	want := parseNoscript(largestNoscript(doc))
	assert.Equal(t, renderChildren(t, want), renderChildren(t, got))

	short := &Context{doc: mustParse(t, "<body><noscript><img src=x></noscript></body>")}
	assert.Nil(t, noscriptContent(short))
	assert.Nil(t, noscriptContent(short))
}

// renderChildren renders the children of n.
func renderChildren(t *testing.T, n *html.Node) string {
	var b strings.Builder
	for ch := range n.ChildNodes() {
		require.NoError(t, html.Render(&b, ch))
	}
	return b.String()
}

// mustParse parses page.
func mustParse(t *testing.T, page string) *html.Node {
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	return doc
}

// foldTagsEach is the former foldTags, kept as the speed tests'
// reference: it tests every position, for any index.
func (x *wordIndex) foldTagsEach(s string) uint8 {
	var tags uint8
	for i := 0; i+1 < len(s); i++ {
		c, d := s[i], s[i+1]
		if x.pairs[c][d>>6]&(1<<(d&63)) == 0 {
			continue
		}
		c, d = lowerByte(c), lowerByte(d)
		for _, e := range x.group(c, d) {
			end := i + len(e.word)
			if end <= len(s) && equalFoldLower(s[i:end], e.word) && (!e.whole || wholePartString(s, i, end)) {
				tags |= e.tag
			}
		}
	}
	return tags
}
