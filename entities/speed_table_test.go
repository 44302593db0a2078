package entities

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestModelProbesShort checks that the keys of the shipped model sit near
// their home slot. Keys of features that differ in their last byte alone
// differ in their low bits alone; a home taken from the key's top bits put
// them side by side, in runs hundreds of slots long that every lookup of
// a common word walked.
func TestModelProbesShort(t *testing.T) {
	m, err := parseModel(defaultModelFile)
	require.NoError(t, err)
	longest, total := 0, 0
	for i, s := range m.slots {
		if s.key == 0 {
			continue
		}
		d := (i - int(m.home(s.key)) + len(m.slots)) % len(m.slots)
		longest, total = max(longest, d), total+d
	}
	assert.Less(t, longest, 64, "the longest probe")
	assert.Less(t, float64(total)/float64(m.n), 1.0, "the mean probe")
	for _, s := range m.slots[:1000] {
		if s.key != 0 {
			assert.Equal(t, &s.w, m.row(s.key))
		}
	}
}

// TestModelFindsEveryKey checks that a table filled in any order finds
// every key it holds and none it does not, across the wrap of the table.
func TestModelFindsEveryKey(t *testing.T) {
	keys := []uint32{1, 2, 0xffffffff, 0xfffffffe, 0x80000000, 0x80000001, 7 << 29, 12345}
	w := make([]int8, len(keys)*nLabels)
	for i := range w {
		w[i] = int8(i)
	}
	m := newModel(keys, w, 1, [nLabels + 1][nLabels]float32{})
	for r, k := range keys {
		require.NotNil(t, m.row(k), k)
		assert.Equal(t, w[r*nLabels:(r+1)*nLabels], m.row(k)[:], k)
	}
	for _, k := range []uint32{3, 0xfffffffd, 0x80000002, 99} {
		assert.Nil(t, m.row(k), k)
	}
}

// TestModelColumnsFindEveryKey checks that a table filled from columns
// in the order of byHome, as a model file is read, finds every key with
// its weights and none it does not hold.
func TestModelColumnsFindEveryKey(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	seen := map[uint32]bool{0: true}
	keys := []uint32{1, 2, 0xfffffffe, 0xffffffff}
	for _, k := range keys {
		seen[k] = true
	}
	for len(keys) < 20000 {
		if k := r.Uint32() >> r.IntN(20); !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	cols := make([]byte, len(keys)*nLabels)
	for i := range cols {
		cols[i] = byte(r.IntN(256))
	}
	rows := byHome(keys, cols)
	for i := 1; i < len(rows); i++ {
		require.LessOrEqual(t, rows[i-1].key*keyMix>>20, rows[i].key*keyMix>>20, "rows in order of home")
	}
	m := newModelColumns(keys, cols, 1, [nLabels + 1][nLabels]float32{})
	for i, k := range keys {
		w := m.row(k)
		require.NotNil(t, w, k)
		for j := range nLabels {
			require.Equal(t, int8(cols[j*len(keys)+i]), w[j], k)
		}
	}
	for range 20000 {
		if k := r.Uint32(); !seen[k] {
			require.Nil(t, m.row(k), k)
		}
	}
}

// TestIsWordRuneASCII checks the ASCII shortcuts of isWordRune and of
// Tokenize's spaces against the Unicode tables.
func TestIsWordRuneASCII(t *testing.T) {
	for r := range rune(0x80) {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		assert.Equal(t, want, isWordRune(r), "%q", r)
		assert.Equal(t, want, isASCIIWordByte(byte(r)), "%q", r)
		assert.Equal(t, unicode.IsSpace(r), asciiSpace(byte(r)), "%q", r)
	}
}

// repeatNamesRef is repeatNames as it was, with a map of votes per name
// and each name joined anew.
func repeatNamesRef(ms []mention) (map[string]string, int) {
	votes := map[string]map[string]int{}
	longest := 0
	for _, m := range ms {
		if len(m.toks) > maxRepeatWords || !hasUpperOrDigit(m.toks[0].Text) {
			continue
		}
		k := strings.Join(m.words(), " ")
		if votes[k] == nil {
			votes[k] = map[string]int{}
		}
		votes[k][m.typ]++
		longest = max(longest, len(m.toks))
	}
	names := make(map[string]string, len(votes))
	for k, v := range votes {
		best := ""
		for typ, n := range v {
			if best == "" || n > v[best] || n == v[best] && typ < best {
				best = typ
			}
		}
		names[k] = best
	}
	return names, longest
}

// TestRepeatNamesSameAsRef checks repeatNames against the form it
// replaced, on random mentions of random texts, ties of types included.
func TestRepeatNamesSameAsRef(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	types := []string{TypePER, TypeORG, TypeLOC, TypeMISC}
	for range 3000 {
		toks := Tokenize(randomText(r, 30))
		var ms []mention
		for range r.IntN(12) {
			if len(toks) == 0 {
				break
			}
			i := r.IntN(len(toks))
			j := min(len(toks), i+1+r.IntN(maxRepeatWords+2))
			ms = append(ms, mention{typ: types[r.IntN(len(types))], toks: toks[i:j]})
		}
		names, longest := repeatNames(ms)
		wantNames, wantLongest := repeatNamesRef(ms)
		require.Equal(t, wantNames, names)
		require.Equal(t, wantLongest, longest)
	}
}

// compactRef is compact as it was, with strings.Map.
func compactRef(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// voteRef is group.vote as it was, with a map of counts.
func voteRef(g *group) {
	count := map[string]int{}
	for _, m := range g.ms {
		count[m.typ] += 1 + len(m.toks)
	}
	best := ""
	for _, t := range []string{TypePER, TypeORG, TypeLOC, TypeMISC} {
		if count[t] > count[best] {
			best = t
		}
	}
	if best != "" {
		g.kind = best
	}
}

// TestCompactAndVoteSameAsRef checks compact, on random texts and bytes
// that are no UTF-8, and vote, on random mentions of any type or none,
// against the forms they replaced.
func TestCompactAndVoteSameAsRef(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	types := []string{"", TypePER, TypeORG, TypeLOC, TypeMISC, "DATE"}
	for _, s := range []string{"Open AI", "O’Neil-Smith", "a\xffb\xc3", "ǅemal İz ΣΑ", "١٢٣ 3M"} {
		assert.Equal(t, compactRef(s), compact(s), s)
	}
	for range 3000 {
		text := randomText(r, 20)
		require.Equal(t, compactRef(text), compact(text), text)
		toks := Tokenize(text)
		g, ref := &group{kind: "keep"}, &group{kind: "keep"}
		for range r.IntN(6) {
			if len(toks) == 0 {
				break
			}
			i := r.IntN(len(toks))
			m := mention{typ: types[r.IntN(len(types))], toks: toks[i:min(len(toks), i+1+r.IntN(3))]}
			g.ms, ref.ms = append(g.ms, m), append(ref.ms, m)
		}
		g.vote()
		voteRef(ref)
		require.Equal(t, ref.kind, g.kind)
	}
}

// shortKeys is eachShortKey as it was: a new lower-case string for each
// short form.
func shortKeys(kind string, w []string) []string {
	var out []string
	for n := 1; n < len(w) && n <= 4; n++ {
		switch kind {
		case TypePER:
			out = append(out, strings.ToLower(strings.Join(w[len(w)-n:], " ")))
		case TypeORG:
			out = append(out, strings.ToLower(strings.Join(w[:n], " ")))
		}
	}
	if kind == TypeORG || kind == TypeMISC {
		if a := initialsRef(w); len(a) >= 2 {
			out = append(out, strings.ToLower(a))
		}
	}
	return out
}

// initialsRef is initials as it was, with a new lower-case string and a
// slice of runes for each word.
func initialsRef(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if smallWords[strings.ToLower(w)] || !hasLetterOrDigit(w) {
			continue
		}
		r := []rune(w)[0]
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// lowerWords are words whose lower case is tricky: longer or shorter than
// they are, bytes that are no UTF-8, a lone U+FFFD.
var lowerWords = []string{"", "Paris", "İstanbul", "ẞ", "\u212aelvin", "Ⱥ", "a\xffb", "\xc3", "\ufffd", "ΣΟΦΙΑ",
	"éA", "é١", "DE", "Des", "L'", "THE", "À", "Pour", "and", "St", "Inc", "LTD", "Von", "Mme", "l’", "QU", "Jusqu"}

// TestLowerKeysSameAsToLower checks appendLower, appendLowerWords,
// inLower, inLowerWords, initials and eachShortKey against the forms
// with strings.ToLower they replaced, on tricky and random words.
func TestLowerKeysSameAsToLower(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	set := map[string]bool{}
	for _, w := range lowerWords {
		set[strings.ToLower(w)] = true
	}
	check := func(ws []string) {
		joined := strings.ToLower(strings.Join(ws, " "))
		require.Equal(t, joined, string(appendLowerWords(nil, ws)), "%q", ws)
		require.Equal(t, set[joined], inLowerWords(set, ws), "%q", ws)
		require.Equal(t, initialsRef(ws), initials(ws), "%q", ws)
		for _, kind := range []string{TypePER, TypeORG, TypeLOC, TypeMISC} {
			var got []string
			eachShortKey(kind, ws, nil, func(k []byte) { got = append(got, string(k)) })
			require.Equal(t, shortKeys(kind, ws), got, "%s %q", kind, ws)
		}
		for _, w := range ws {
			require.Equal(t, strings.ToLower(w), string(appendLower(nil, w)), "%q", w)
			require.Equal(t, set[strings.ToLower(w)], inLower(set, w), "%q", w)
			require.Equal(t, smallWords[strings.ToLower(w)], inLower(smallWords, w), "%q", w)
		}
	}
	check(lowerWords)
	for range 3000 {
		ws := make([]string, r.IntN(6))
		for i := range ws {
			if r.IntN(2) == 0 {
				ws[i] = lowerWords[r.IntN(len(lowerWords))]
			} else {
				ws[i] = randomText(r, 3)
			}
		}
		check(ws)
	}
}

// TestHasUpperOrDigitSameAsRef checks the ASCII shortcut of
// hasUpperOrDigit against IndexFunc over the whole word.
func TestHasUpperOrDigitSameAsRef(t *testing.T) {
	ref := func(w string) bool {
		return strings.IndexFunc(w, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) >= 0
	}
	r := rand.New(rand.NewPCG(15, 16))
	for _, w := range lowerWords {
		assert.Equal(t, ref(w), hasUpperOrDigit(w), "%q", w)
	}
	for range 3000 {
		w := randomText(r, 4)
		require.Equal(t, ref(w), hasUpperOrDigit(w), "%q", w)
	}
}

// appendShapeRef is appendShape as it was, every rune through the
// Unicode tables.
func appendShapeRef(buf []byte, w string) ([]byte, byte) {
	base := len(buf)
	var up, low, dig int
	first := true
	var firstUp bool
	for _, r := range w {
		c := byte('.')
		switch {
		case unicode.IsUpper(r):
			c, up = 'X', up+1
		case unicode.IsLetter(r):
			c, low = 'x', low+1
		case unicode.IsDigit(r):
			c, dig = 'd', dig+1
		default:
			if r < 0x80 {
				c = byte(r)
			}
		}
		if first {
			firstUp, first = c == 'X', false
		}
		if n := len(buf) - base; n == 0 || buf[len(buf)-1] != c || n > 6 {
			buf = append(buf, c)
		}
	}
	return buf, shortShape(up, low, dig, firstUp)
}

// TestShapeSameAsRef checks appendShape against the form it replaced on
// tricky words, random texts and every ASCII character.
func TestShapeSameAsRef(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	words := append([]string{}, lowerWords...)
	for c := range 0x80 {
		words = append(words, string(rune(c))+"a"+string(rune(c)))
	}
	for range 3000 {
		words = append(words, randomText(r, 4))
	}
	for _, w := range words {
		want, wantShort := appendShapeRef([]byte("x"), w)
		got, short := appendShape([]byte("x"), w)
		require.Equal(t, string(want), string(got), "%q", w)
		require.Equal(t, wantShort, short, "%q", w)
	}
}

// TestWordCacheIndex checks the cache's table of words as it grows and
// as it is emptied when full (keeping its most used words): a word seen
// again gets its entry back, and every entry is the one a new cache
// builds for the word.
func TestWordCacheIndex(t *testing.T) {
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(19, 20))
	c := newWordCache()
	c.limit = 700
	for range 5000 {
		w := randomText(r, 3)
		if r.IntN(4) == 0 {
			w = lowerWords[r.IntN(len(lowerWords))]
		}
		c.reserve(2)
		e := c.entry(tg, w)
		require.Same(t, e, c.entry(tg, w), "%q", w)
		require.Equal(t, w, e.word)
		want, got := *newWordCache().entry(tg, w), *e
		got.uses = 0 // the count of lookups, which the new cache has not had
		require.Equal(t, want, got, "%q", w)
	}
	assert.LessOrEqual(t, c.n, c.limit)
}
