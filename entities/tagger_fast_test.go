package entities

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBestPathMatchesViterbi checks that the tagger's decoder finds the
// trainer's label sequences, ties included (small integer scores tie
// often).
func TestBestPathMatchesViterbi(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var tr [nLabels + 1][nLabels]float32
	for c := range 2000 {
		for p := range tr {
			for k := range tr[p] {
				tr[p][k] = float32(rng.IntN(5) - 2)
				if c%7 == 0 && rng.IntN(4) == 0 {
					tr[p][k] = float32(math.Inf(-1))
				}
			}
		}
		n := 1 + rng.IntN(12)
		em := make([][nLabels]float32, n)
		for i := range em {
			for k := range em[i] {
				em[i][k] = float32(rng.IntN(4)) * 0.5
			}
		}
		want, got := make([]int, n), make([]int, n)
		viterbi(em, &tr, make([][nLabels]int8, n), want)
		bestPath(em, &tr, make([][nLabels]float32, n), got)
		require.Equal(t, want, got, "case %d", c)
	}
}

// TestEmissionsMatchFeatures checks that the tagger's scores are the sums
// of the weights of the trainer's features (features.go), with the word
// cache kept and emptied between sentences.
func TestEmissionsMatchFeatures(t *testing.T) {
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	sents := shuffledSentences(goldenTexts(t), 300)
	f := newFeaturizer(tg.gaz)
	for _, limit := range []int{maxCachedWords, 40, 1} {
		st := &tagState{cache: newWordCache()}
		st.cache.limit = limit
		for _, s := range sents {
			tg.tag(st, s)
			f.compute(s)
			for i := range s {
				var want [nLabels]float32
				tg.model.score(f.of(i), &want)
				if !assert.Equal(t, want, st.em[i], "limit %d, token %d of %q", limit, i, s) {
					return
				}
			}
		}
	}
}

// shuffledSentences returns sents followed by n sentences of their words
// drawn at random, so that words meet new neighbours.
func shuffledSentences(sents [][]string, n int) [][]string {
	var words []string
	for _, s := range sents {
		words = append(words, s...)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	out := append([][]string{}, sents...)
	for range n {
		s := make([]string, 1+rng.IntN(30))
		for i := range s {
			s[i] = words[rng.IntN(len(words))]
		}
		out = append(out, s)
	}
	return out
}

// TestCueIndex checks that the packed cue and common-word classes index
// the values features.go hashes.
func TestCueIndex(t *testing.T) {
	// Every subset of the packed classes, with their neighbours and the
	// highest class, which must not leak into the packed values.
	mask := cueMask | gFrWord | gEnWord | gDemonym | gOrgSuffix | gNotName | 1<<(nGazClasses-1)
	for g := mask; ; g = (g - 1) & mask {
		assert.Equal(t, g&cueMask, cueOf(int(cueIndex(g))))
		assert.Equal(t, g&(gFrWord|gEnWord), uint32(commonIndex(g))<<7)
		if g == 0 {
			break
		}
	}
}

// TestWordCacheFills checks that the word cache empties itself when full
// and keeps the same scores.
func TestWordCacheFills(t *testing.T) {
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	st := &tagState{cache: newWordCache()}
	sent := make([]string, 100)
	for s := range maxCachedWords/len(sent) + 2 {
		for i := range sent {
			sent[i] = "Mot" + strconv.Itoa(s*len(sent)+i)
		}
		tg.tag(st, sent)
		require.LessOrEqual(t, st.cache.n, maxCachedWords)
	}
	assert.Equal(t, 2*len(sent), st.cache.n)
	assert.Equal(t, tg.Tag([]string{"Le", "président", "Paul", "Durand"}), tg.tagWith(st, []string{"Le", "président", "Paul", "Durand"}))
}

// tagWith returns the tags of words tagged with st.
func (t *Tagger) tagWith(st *tagState, words []string) []string {
	var out []string
	for _, k := range t.tag(st, words) {
		out = append(out, labels[k])
	}
	return out
}
