package entities

import (
	_ "embed"
	"sync"
)

// defaultModelFile is the shipped model, stored decompressed (gunzip of
// the file examples/entities-train writes) so that loading it is parsing.
//
//go:embed model/default.model
var defaultModelFile []byte

// defaultGazetteer loads the embedded gazetteer once.
var defaultGazetteer = sync.OnceValues(loadDefaultGazetteer)

// DefaultModel returns the embedded model, loaded once.
var DefaultModel = sync.OnceValues(func() (*Model, error) {
	return parseModel(defaultModelFile)
})

// Tagger tags token sequences with a Model and the built-in gazetteer. A
// Tagger is safe for concurrent use: each goroutine tagging at a given
// moment gets its own buffers and its own cache of the words it has seen
// (up to 32,768 of them), taken from its tagStates.
type Tagger struct {
	model    *Model
	gaz      *Gazetteer
	fixed    *fixedRows
	boundary *wordEntry
	states   *tagStates
	tokens   tokenBuffers
}

// tagState holds the buffers of one tagging call and the word cache of
// the goroutine that uses it.
type tagState struct {
	cache *wordCache
	toks  []sentTok
	em    [][nLabels]float32
	sc    [][nLabels]float32 // the best score of each label at each token
	out   []int
}

// NewTagger returns a Tagger for m, or for the embedded model when m is nil.
func NewTagger(m *Model) (*Tagger, error) {
	if m == nil {
		var err error
		if m, err = DefaultModel(); err != nil {
			return nil, err
		}
	}
	g, err := defaultGazetteer()
	if err != nil {
		return nil, err
	}
	return &Tagger{model: m, gaz: g, fixed: newFixedRows(m), boundary: boundaryEntry(m),
		states: newTagStates()}, nil
}

// Tag returns the IOB2 tag of each word of one sentence.
func (t *Tagger) Tag(words []string) []string {
	out := make([]string, len(words))
	if len(words) == 0 {
		return out
	}
	st := t.states.get()
	defer t.states.put(st)
	for i, k := range t.tag(st, words) {
		out[i] = labels[k]
	}
	return out
}

// tagIndices appends the label index of each word to dst.
func (t *Tagger) tagIndices(words []string, dst []int) []int {
	if len(words) == 0 {
		return dst
	}
	st := t.states.get()
	defer t.states.put(st)
	return append(dst, t.tag(st, words)...)
}

// tagIndicesIn is tagIndices with the caller's state st, for a caller
// that tags many sentences in a row.
func (t *Tagger) tagIndicesIn(st *tagState, words []string, dst []int) []int {
	if len(words) == 0 {
		return dst
	}
	return append(dst, t.tag(st, words)...)
}

// tag returns the label index of each word, in st's buffers.
func (t *Tagger) tag(st *tagState, words []string) []int {
	n := len(words)
	for len(st.em) < n {
		st.em = append(st.em, [nLabels]float32{})
		st.sc = append(st.sc, [nLabels]float32{})
		st.out = append(st.out, 0)
	}
	t.prepare(st, words)
	t.emissions(st)
	bestPath(st.em[:n], &t.model.trans, st.sc[:n], st.out[:n])
	return st.out[:n]
}
