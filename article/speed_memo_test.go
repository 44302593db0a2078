package article

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The memos of class and id values and the look-up of the lower-case
// words of names must give what the plain forms they replace gave: these
// tests hold the plain forms and compare.

// plainLowerWords files every word of the page's text that starts with a
// small letter, as namesLookProper once did.
func plainLowerWords(n *html.Node) map[string]bool {
	words := make(map[string]bool)
	for t := range pageTexts(n) {
		for _, w := range strings.FieldsFunc(t, outsideName) {
			if unicode.IsLower([]rune(w)[0]) {
				words[w] = true
			}
		}
	}
	return words
}

// plainNamesLookProper is namesLookProper over plainLowerWords.
func plainNamesLookProper(as []Author, root *html.Node) bool {
	return namesLookProperIn(as, func() map[string]bool { return plainLowerWords(root) })
}

// plainListLooksProper is listLooksProper over plainNamesLookProper.
func plainListLooksProper(as []Author, root *html.Node) bool {
	if len(as) < 3 {
		return plainNamesLookProper(as, root)
	}
	proper := 0
	for _, a := range as {
		if plainNamesLookProper([]Author{a}, root) {
			proper++
		}
	}
	return proper*2 >= len(as)
}

func TestNamesLookProperCases(t *testing.T) {
	page := `<html><head><style>.rose{}</style><script>var mark = "marketing"</script></head><body>
<h1>Video Marketing</h1><p>A page about marketing and video, with a lily and a Rose.</p>
<p>Éric writes; éric-jean is a word here, 東京 too.</p></body></html>`
	doc, err := parseTestDoc(page)
	require.NoError(t, err)
	cases := []struct {
		names []string
		want  bool
	}{
		{[]string{"Video Marketing"}, false}, // both words written in lower case
		{[]string{"Jane Doe"}, true},
		{[]string{"Lily Rose"}, false}, // "lily" is, half of the words
		{[]string{"Mark Rose"}, true},  // "mark" is only in a script
		{[]string{"Éric-Jean Roe"}, false},
		{[]string{"東京 Doe"}, true}, // no small letter starts "東京"
		{[]string{"JANE DOE"}, false},
		{[]string{"The Team"}, false},
		{[]string{"Jane Doe", "Ann Poe", "Video Marketing"}, true},
		{[]string{"Jane Doe", "Video Marketing", "Lily Rose"}, false},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.names, ","), func(t *testing.T) {
			var as []Author
			for _, n := range tc.names {
				as = append(as, Author{Name: n})
			}
			assert.Equal(t, tc.want, listLooksProper(as, doc))
			assert.Equal(t, plainListLooksProper(as, doc), listLooksProper(as, doc))
		})
	}
}

// TestNamesLookProperAgrees compares namesLookProper with the plain form
// on random pages and names.
func TestNamesLookProperAgrees(t *testing.T) {
	words := []string{"jane", "Jane", "doe", "Doe", "video", "Video", "ann", "ÉRIC", "éric", "x-y", "X-y", "東京", "the"}
	rng := rand.New(rand.NewPCG(7, 8))
	pick := func(n int) string {
		var b []string
		for range n {
			b = append(b, words[rng.IntN(len(words))])
		}
		return strings.Join(b, " ")
	}
	for range 2000 {
		doc, err := parseTestDoc("<p>" + pick(rng.IntN(8)) + "</p><div>" + pick(rng.IntN(8)) + "</div>")
		require.NoError(t, err)
		var as []Author
		for range 1 + rng.IntN(4) {
			as = append(as, Author{Name: pick(1 + rng.IntN(3))})
		}
		assert.Equal(t, plainListLooksProper(as, doc), listLooksProper(as, doc), "%v", as)
	}
}

// TestValueMemoAgrees checks that the class and id readers give through a
// memo what they give without one, on elements whose values repeat.
func TestValueMemoAgrees(t *testing.T) {
	values := []string{"", "article-body", "post-comments", "byline", "Byline-Date", "twitter-tweet",
		"header", "site-header", "cart price", "sidebar widget", "entry-content", "comment-author", "VIDEO player"}
	rng := rand.New(rand.NewPCG(9, 10))
	weights, embeds := make(valueMemo[int8], memoValues), make(valueMemo[bool], memoValues)
	hints, narrow := make(valueMemo[uint8], memoValues), make(valueMemo[int8], 2)
	for range 5000 {
		n := &html.Node{Type: html.ElementNode, Data: []string{"div", "h2", "section"}[rng.IntN(3)]}
		n.DataAtom = atom.Lookup([]byte(n.Data))
		for _, k := range []string{"class", "id"} {
			if rng.IntN(3) > 0 {
				n.Attr = append(n.Attr, html.Attribute{Key: k, Val: values[rng.IntN(len(values))] + " " + values[rng.IntN(len(values))]})
			}
		}
		assert.Equal(t, classWeightIn(n, nil), classWeightIn(n, weights), "%v", n.Attr)
		assert.Equal(t, hasEmbedClassIn(n, nil), hasEmbedClassIn(n, embeds), "%v", n.Attr)
		assert.Equal(t, classHint(n), classHintIn(n, hints), "%v", n.Attr)
		assert.Equal(t, classWeightIn(n, nil), classWeightIn(n, narrow), "%v", n.Attr)
	}
}

// TestValueMemoOnce checks that a memo computes each value once while
// its slot keeps it, and that a nil or empty memo computes it each time.
func TestValueMemoOnce(t *testing.T) {
	calls := 0
	length := func(v string) int { calls++; return len(v) }
	m := make(valueMemo[int], memoValues)
	require.NotEqual(t, memoSlotOf("cart")&(memoValues-1), memoSlotOf("post")&(memoValues-1))
	assert.Equal(t, 4, m.of("cart", length))
	assert.Equal(t, 4, m.of("post", length))
	assert.Equal(t, 4, m.of("cart", length))
	assert.Equal(t, 2, calls)
	var none valueMemo[int]
	assert.Equal(t, 4, none.of("cart", length))
	assert.Equal(t, 4, none.of("cart", length))
	assert.Equal(t, 4, calls)
	empty := valueMemo[int]{}
	assert.Equal(t, 4, empty.of("cart", length))
	assert.Equal(t, 5, calls)
}

// TestValueMemoSharedSlot checks that values that share a slot evict each
// other and still get their own results.
func TestValueMemoSharedSlot(t *testing.T) {
	m := make(valueMemo[string], 1)
	upper := strings.ToUpper
	for range 3 {
		assert.Equal(t, "CART", m.of("cart", upper))
		assert.Equal(t, "POST", m.of("post", upper))
		assert.Equal(t, "", m.of("", upper))
	}
}

// TestDateLabelWordsFrozen checks that a frozen Config holds the date label
// words of its languages, which the date search then reads instead of
// filing them on each page, and that they are those dateCands filed.
func TestDateLabelWordsFrozen(t *testing.T) {
	cfg := testConfig()
	require.NotNil(t, cfg.dateLabelWords)
	assert.Equal(t, dateLabelWords(cfg.languages), cfg.dateLabelWords)
	for _, w := range []string{"published", "publié", "posted", "mis", "ligne"} {
		assert.True(t, cfg.dateLabelWords[w], w)
	}
	assert.False(t, cfg.dateLabelWords["published:"])
	unfrozen := &dateCands{langs: cfg.languages}
	for _, w := range []string{"published", "publié", "doe", "le"} {
		assert.Equal(t, cfg.dateLabelWords[w], unfrozen.isLabelWord(w), w)
	}
	assert.Nil(t, NewConfig().dateLabelWords)
}
