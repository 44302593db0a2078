package entities

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// speedFragments are the pieces the random inputs of the speed tests are
// made of: capitals, accents, curly apostrophes, marks and long words.
var speedFragments = []string{
	"Paris", "paris", "É", "é", "Ça", "l’", "L'", "’", " ", " ", " ", ". ", "« ", " »",
	"Mistral", "AI", "Large", "New", "York", "ß", "İ", "Σ", "ǅ", "x",
	strings.Repeat("Ab", 40), strings.Repeat("é", 40), "3M", "G7", "(", ")", "\t", "\n",
}

// randomText joins up to most fragments chosen by r.
func randomText(r *rand.Rand, most int) string {
	var b strings.Builder
	for n := r.IntN(most); n > 0; n-- {
		b.WriteString(speedFragments[r.IntN(len(speedFragments))])
	}
	return b.String()
}

// phraseHashRef is phraseHash as it was, with normWord.
func phraseHashRef(words []string) uint64 {
	h := newHasher(0)
	for i, w := range words {
		if i > 0 {
			h = h.str(" ")
		}
		h = h.str(normWord(w))
	}
	return uint64(h)
}

// TestNormHashSameAsNormWord checks that hashing a word's norm as it is
// built gives the hash of normWord's string, and the same classes.
func TestNormHashSameAsNormWord(t *testing.T) {
	g, err := defaultGazetteer()
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(5, 6))
	words := []string{"", "France", "Aujourd’hui", "ÉTATS", "européen", "Européenne", "the", "The"}
	for range 20000 {
		words = append(words, randomText(r, 6))
	}
	for _, w := range words {
		require.Equal(t, newHasher(7).str(normWord(w)), newHasher(7).norm(w), "%q", w)
		require.Equal(t, g.word(normWord(w)), g.wordOf(w), "%q", w)
	}
	for range 5000 {
		ws := strings.Fields(randomText(r, 12))
		require.Equal(t, phraseHashRef(ws), phraseHash(ws), "%q", ws)
	}
}

// tokenIndexRef is the map addRepeats read token indices from before
// tokenAt.
func tokenIndexRef(toks []Token) map[int]int {
	pos := make(map[int]int, len(toks))
	for i, t := range toks {
		pos[t.Start] = i
	}
	return pos
}

// matchRepeatRef is matchRepeat as it was, joining words in a new
// strings.Builder for each call.
func matchRepeatRef(toks []Token, covered []bool, i, longest int, names map[string]string) (int, string) {
	if covered[i] || !hasUpperOrDigit(toks[i].Text) || i > 0 && capitalised(toks[i-1].Text) && !startsSentence(toks, i-1) {
		return 0, ""
	}
	var b strings.Builder
	found, typ := 0, ""
	for n := 1; n <= longest && i+n <= len(toks) && !covered[i+n-1]; n++ {
		if n > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i+n-1].Text)
		t, ok := names[b.String()]
		if ok && (i+n == len(toks) || !capitalised(toks[i+n].Text)) {
			found, typ = n, t
		}
	}
	return found, typ
}

// TestRepeatFormsSameAsRef checks tokenAt against the index of every
// token and matchRepeat, with its reused buffer, against the form that
// built each name anew, on random texts.
func TestRepeatFormsSameAsRef(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var buf []byte
	for range 3000 {
		toks := Tokenize(randomText(r, 40))
		pos := tokenIndexRef(toks)
		for i, tk := range toks {
			require.Equal(t, pos[tk.Start], tokenAt(toks, tk.Start))
			require.Equal(t, i, tokenAt(toks, tk.Start))
		}
		names, covered := map[string]string{}, make([]bool, len(toks))
		for i := range toks {
			covered[i] = r.IntN(5) == 0
			if j := i + 1 + r.IntN(3); j <= len(toks) && r.IntN(3) == 0 {
				names[strings.Join(TokenizeWords(toks[i].Text+" "+toks[j-1].Text), " ")] = "ORG"
				names[toks[i].Text] = "PER"
			}
		}
		for i := range toks {
			n, typ := matchRepeat(toks, covered, i, 4, names, &buf)
			wn, wtyp := matchRepeatRef(toks, covered, i, 4, names)
			require.Equal(t, wn, n)
			require.Equal(t, wtyp, typ)
		}
	}
}

// TestTagStatesKeptAcrossGC checks that the states a Tagger keeps
// survive garbage collections, with their word caches, and that a state
// reused from text to text tags as a new one does.
func TestTagStatesKeptAcrossGC(t *testing.T) {
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	sents := shuffledSentences(goldenTexts(t), 200)
	st := tg.states.get()
	for _, s := range sents {
		tg.tag(st, s)
	}
	words := st.cache.n
	tg.states.put(st)
	runtime.GC()
	runtime.GC()
	st = tg.states.get()
	assert.Equal(t, words, st.cache.n, "the word cache is kept")
	for _, s := range sents {
		fresh := &tagState{cache: newWordCache()}
		assert.Equal(t, tg.tag(fresh, s), tg.tag(st, s), "%q", s)
	}
	tg.states.put(st)
}

// mergeShortFormsRef is mergeShortForms as it was, its index a map of
// slices grown by append.
func mergeShortFormsRef(groups []*group, facts nameFacts) {
	order := slices.Clone(groups)
	ws := map[*group][]string{}
	for _, g := range order {
		ws[g] = g.fullestWords()
	}
	slices.SortStableFunc(order, func(a, b *group) int { return len(ws[b]) - len(ws[a]) })
	index := map[string][]*group{}
	for i, short := range order {
		var cands []*group
		for _, long := range index[strings.ToLower(strings.Join(ws[short], " "))] {
			if !long.dropped && len(ws[short]) < len(ws[long]) && shortFormOf(short, long, ws[short], ws[long]) {
				cands = append(cands, long)
			}
		}
		into := pickHome(short, ws[short], cands, ws, facts)
		if into != nil {
			into.ms = append(into.ms, short.ms...)
			into.extra = append(into.extra, short.extra...)
			short.dropped = true
			continue
		}
		for _, k := range shortKeys(short.kind, ws[short]) {
			if len(index[k]) < 8 {
				index[k] = append(index[k], order[i])
			}
		}
	}
}

// TestMergeShortFormsSameAsRef checks the index of buckets against the
// index of slices on random texts of a few names, many sharing words
// (more than 8 long names per short form included).
func TestMergeShortFormsSameAsRef(t *testing.T) {
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(9, 10))
	first := []string{"Anna", "Paul", "Acme", "Mistral", "New", "Banque", "Jean"}
	rest := []string{"Dupont", "AI", "Large", "York", "Corp", "de", "France", "Martin", "Group", "Times"}
	types := []string{TypePER, TypeORG, TypeLOC, TypeMISC}
	for range 400 {
		var b strings.Builder
		var spans [][2]int
		for range 5 + r.IntN(40) {
			b.WriteString("et ")
			start := b.Len()
			b.WriteString(first[r.IntN(len(first))])
			for range r.IntN(4) {
				b.WriteString(" " + rest[r.IntN(len(rest))])
			}
			spans = append(spans, [2]int{start, b.Len()})
			b.WriteString(" . ")
		}
		text, toks := b.String(), Tokenize(b.String())
		var ms []mention
		for _, sp := range spans {
			i, j := tokenAt(toks, sp[0]), tokenAt(toks, sp[1])
			ms = append(ms, mention{typ: types[r.IntN(len(types))], toks: toks[i:j:j]})
		}
		got, want := groupsOf(text, ms), groupsOf(text, ms)
		mergeShortForms(got, tg.nameFacts)
		mergeShortFormsRef(want, tg.nameFacts)
		require.Equal(t, len(want), len(got))
		for k := range want {
			require.Equal(t, want[k].dropped, got[k].dropped, text)
			require.Equal(t, want[k].ms, got[k].ms, text)
		}
	}
}
