package article

import (
	"cmp"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The forms below are the ones this pass replaced: the walks went through
// html.Node.Descendants, the element sets were maps, every wordIndex
// tested pairs of bytes (foldTagsEach, or foldPairs), foldWords and the
// consent words compared every word of a first byte, and repairRuns read
// every ASCII byte through mappableRun.

// testPages returns the parsed HTML pages of testdata.
func testPages(t *testing.T) []*html.Node {
	files, err := filepath.Glob("../testdata/*.html")
	require.NoError(t, err)
	var docs []*html.Node
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		doc, err := html.Parse(strings.NewReader(string(b)))
		require.NoError(t, err)
		docs = append(docs, doc)
	}
	return docs
}

// randomTree builds a tree of up to n nodes hung at random places.
func randomTree(r *rand.Rand, n int) *html.Node {
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes := []*html.Node{root}
	for range r.Intn(n) {
		c := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		if r.Intn(3) == 0 {
			c = &html.Node{Type: html.TextNode, Data: "x"}
		}
		p := nodes[r.Intn(len(nodes))]
		if p.Type == html.TextNode {
			p = root
		}
		p.AppendChild(c)
		nodes = append(nodes, c)
	}
	return root
}

// sameWalk checks that descendants(n) yields what n.Descendants() does,
// whole and stopped after k nodes.
func sameWalk(t *testing.T, n *html.Node, k int) {
	t.Helper()
	want := slices.Collect(n.Descendants())
	require.True(t, slices.Equal(want, slices.Collect(descendants(n))))
	var got []*html.Node
	for d := range descendants(n) {
		if len(got) == k {
			break
		}
		got = append(got, d)
	}
	require.True(t, slices.Equal(want[:min(k, len(want))], got))
}

func TestDescendantsMatchesNodeDescendants(t *testing.T) {
	r := rand.New(rand.NewSource(21))
	for _, doc := range testPages(t) {
		for n := range doc.Descendants() {
			sameWalk(t, n, r.Intn(20))
		}
	}
	for range 2000 {
		root := randomTree(r, 40)
		for n := range root.Descendants() {
			sameWalk(t, n, r.Intn(10))
		}
		sameWalk(t, root, r.Intn(50))
	}
	leaf := &html.Node{Type: html.TextNode, Data: "x"}
	assert.Empty(t, slices.Collect(descendants(leaf)))
}

func TestAtomSetMatchesMap(t *testing.T) {
	for _, c := range []struct {
		set *atomSet
		m   map[atom.Atom]bool
	}{{inlineSet, inlineAtoms}, {neverTextSet, neverText}, {skippedSet, skipped}} {
		for a := atom.Atom(0); a < 2*atomBits; a++ {
			require.Equal(t, c.m[a], c.set.has(a), a.String())
		}
		for a, in := range c.m {
			_, inBits := atomSlot(a)
			require.True(t, inBits, a.String())
			require.Equal(t, in, c.set.has(a), a.String())
		}
	}
	big := atom.Atom(atomBits/32<<8 | 5)
	s := newAtomSet(map[atom.Atom]bool{atom.A: true, atom.Div: false, big: true})
	assert.True(t, s.has(atom.A))
	assert.False(t, s.has(atom.Div))
	assert.True(t, s.has(big))
	assert.False(t, s.has(big+1))
}

// allIndexes are the word indexes of the package.
func allIndexes() []*wordIndex {
	return []*wordIndex{vocabIndex, hintIndex, partIndex, anyPageIndex, strongOnlyIndex, consentIndex,
		embedWords.index, boxWords.index, weakBoxWords.index, negativeWords.index}
}

// refFoldTags is the reference of foldTags: the words are tested at every
// position (foldTagsEach), which the tests of the previous passes compare
// with a plain list.
func refFoldTags(x *wordIndex, s string) uint8 { return x.foldTagsEach(s) }

func TestWordMachineMatchesList(t *testing.T) {
	r := rand.New(rand.NewSource(22))
	for range 300 {
		x, ref := &wordIndex{}, refIndex{}
		for tag := uint8(1); tag < 1<<5; tag <<= 1 {
			words, whole := randomIndexWords(r, 1+r.Intn(20)), r.Intn(2) == 0
			x.add(tag, whole, words...)
			ref.add(tag, whole, words...)
		}
		m := newWordMachine(x.words())
		for range 100 {
			v := randomIndexValue(r)
			buf := make([]byte, 0, len(v))
			want := ref.tags(lowerInto(buf, v))
			require.Equal(t, want, m.scan(v), v)
			require.Equal(t, want, x.foldTags(v), v)
			if !x.short {
				require.Equal(t, want, x.foldPairs(v), v)
			}
		}
	}
}

func TestFoldTagsMatchesEveryPosition(t *testing.T) {
	r := rand.New(rand.NewSource(23))
	values := append([]string(nil), foldSamples...)
	for range 20000 {
		values = append(values, randomFoldValue(r), randomIndexValue(r))
	}
	for _, x := range allIndexes() {
		for _, v := range values {
			require.Equal(t, refFoldTags(x, v), x.foldTags(v), v)
		}
	}
}

func TestWordMachineCases(t *testing.T) {
	x := &wordIndex{}
	x.add(1, false, "price", "prize", "pro", "page", "rice")
	x.add(2, true, "ad", "pr", "ads")
	x.add(4, false, "Upper")
	m := newWordMachine(x.words())
	cases := []struct {
		val  string
		want uint8
	}{
		{"PRICE-tag", 1},
		{"prizes", 1},
		{"pr-box", 2},
		{"promo", 1},
		{"header ad", 2},
		{"header-ads", 2},
		{"adsl", 0},
		{"shadow", 0},
		{"p", 0},
		{"Pager", 1},
		{"ad:pr", 2},
		{"xprice", 1},
		{"rice", 1},
		{"upper", 0},
		{"UPPER", 0},
		{"", 0},
		{"é-ad-é", 2},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, m.scan(c.val), c.val)
		assert.Equal(t, c.want, x.foldTagsEach(c.val), c.val)
	}
	assert.Panics(t, func() { x.foldTags("ad"); x.add(1, false, "late") })
}

// containedInByFirst is the former foldWords.containedIn: every word
// filed under each byte of v is compared there.
func containedInByFirst(fw *foldWords, v string) bool {
	for i := range len(v) {
		if len(fw.first[v[i]]) > 0 && fw.prefixAt(v, i) {
			return true
		}
	}
	return false
}

// consentDialogCopied is the former consentDialog: each value is
// lower-cased into a 128-byte copy and searched word by word.
func consentDialogCopied(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		var buf [128]byte
		if containsAny(lowerInto(buf[:0], a.Val), consentWords) {
			return true
		}
	}
	return false
}

// classFragments are the pieces of the random class values of the
// foldWords and consent tests.
var classFragments = []string{
	"Embed", "tweet", "TWITTER", "insta", "gram", "video-", "Player", "key", "-points", "Points",
	"summary", "TL", "dr", "tl-dr", "nav", "bar", "cookie", "CONSENT", "gdp", "r", "one", "trust",
	"didomi", " ", "-", "_", "é", "x", strings.Repeat("z", 120),
}

func TestFoldWordsMatchFirstByte(t *testing.T) {
	r := rand.New(rand.NewSource(24))
	for range 20000 {
		v := randomJoin(r, classFragments, 8)
		for _, fw := range []*foldWords{embedWords, boxWords, weakBoxWords, negativeWords} {
			require.Equal(t, containedInByFirst(fw, v), fw.containedIn(v), v)
		}
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{
			{Key: "id", Val: randomJoin(r, classFragments, 4)}, {Key: "class", Val: v}}}
		require.Equal(t, consentDialogCopied(n), consentDialog(n), n.Attr)
	}
}

// repairRunsEachByte is the former repairRuns: mappableRun is asked at
// every byte, ASCII ones included.
func repairRunsEachByte(s string) (string, bool) {
	var out strings.Builder
	done, changed := 0, false
	for i := 0; i < len(s); {
		end, raw := mappableRun(s, i)
		if end == i {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		if fixed, ok := decodeRun(raw); ok {
			if !changed {
				out.Grow(len(s))
				changed = true
			}
			out.WriteString(s[done:i])
			out.WriteString(fixed)
			done = end
		}
		i = end
	}
	if !changed {
		return s, false
	}
	out.WriteString(s[done:])
	return out.String(), true
}

func TestRepairRunsMatchesEachByte(t *testing.T) {
	fragments := []string{"Ã©", "â€”", "Â ", "Ã", "Ð¿", "Ñ€", "é", "—", "a", " ", "ab", "\xff", "\xc3", "€", "日本"}
	r := rand.New(rand.NewSource(25))
	for range 20000 {
		s := randomJoin(r, fragments, 12)
		want, wantChanged := repairRunsEachByte(s)
		got, changed := repairRuns(s)
		require.Equal(t, wantChanged, changed, s)
		require.Equal(t, want, got, s)
	}
}

// cleanByRune is cleanSlowly done the plain way: every character, ASCII
// ones included, is decoded and written one by one.
func cleanByRune(s string) string {
	var b strings.Builder
	var gap, prev rune
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case invisible(r) && !(r == '\u200d' && joinsEmoji(prev, s[i:])):
			continue
		case isSpace(r):
			gap = ' '
			continue
		case noBreakSpace(r):
			gap = cmp.Or(gap, r)
			continue
		}
		if gap != 0 && b.Len() > 0 {
			b.WriteRune(gap)
		}
		gap = 0
		if size == 1 {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
		prev = r
	}
	return toNFC(b.String())
}

func TestCleanSlowlyMatchesByRune(t *testing.T) {
	fragments := []string{
		"Le", "monde", "a", " ", "  ", "\t", "\n", "\u00a0", "\u202f", "\u2003", "\u00ad", "\u200b",
		"\u200d", "👩", "💻", "🏳", "\ufe0f", "🌈", "e\u0301", "é", "\x01", "\x7f", "\xff", "~", "!",
		"l'été", "—", "\ufeff", "\r", "\v", "\x1f",
	}
	r := rand.New(rand.NewSource(26))
	for range 20000 {
		s := randomJoin(r, fragments, 14)
		require.Equal(t, cleanByRune(s), cleanSlowly(s), "%q", s)
	}
}
