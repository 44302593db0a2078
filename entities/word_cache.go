package entities

import "unicode/utf8"

// wordEntry is what tagging needs of one word, whatever its sentence:
// its norm, shape and classes, the summed weights of the features that
// depend on it alone, the weights of the features it gives its neighbours
// and the hashes of its half of the features of two words.
type wordEntry struct {
	word, norm, shape string
	// wordHash is the hash of word, its slot in the cache's index.
	wordHash uint64
	// local sums the weights of the features of the word alone, for a
	// word inside its sentence (0), after an opening mark (1) and first (2):
	// at most 14 + 32 rows of int8, within an int16.
	local [3][nLabels]int16
	// asPrev, asNext, asPrev2 and asNext2 are the weights of fPrev, fNext,
	// fPrev2 and fNext2 with this word as the neighbour.
	asPrev, asNext, asPrev2, asNext2 [nLabels]int8
	// The hashes of fShapePrev, fBigramPrev (this word first), fShapeNext,
	// fBigramNext (this word first), fPrevPrev (this word first) and
	// fSuffixNext (this word next), up to the other word.
	shapePrev, bigramPrev, shapeNext, bigramNext, prevPrev, suffixNext hasher

	hash          hasher // wordHash(norm)
	gaz           uint32
	short         byte
	cue, common   uint8 // cueIndex and commonIndex of gaz
	quote         int8  // quoteOpen, quoteClose, quoteToggle or 0
	opening       bool  // a punctuation mark that opens a sentence (fStart)
	startsPhrases bool  // the first word of some gazetteer phrase
	// uses counts the lookups that found the entry (up to 255), halved
	// each time the cache is emptied: what the cache keeps then.
	uses uint8
}

// The quotation marks, as markQuotes reads them.
const (
	quoteOpen int8 = iota + 1
	quoteClose
	quoteToggle
)

// The word cache keeps up to maxCachedWords entries (about 240 bytes
// each with their place in the index, so at most some 8 MB per goroutine
// tagging at the same time), in
// chunks that never move; when it is full it starts again with its most
// used words alone (keepUsed), which keeps it fitted to the vocabulary of
// the texts of the moment without computing the common words again (over
// the 1,874 development pages in one process, 20 % fewer words to
// compute than when it kept none). 32,768 words cover
// about 89 % of the tokens of the 317,000 of WikiNEuRal-fr val, whose
// 33,000 distinct words leave 10.5 % to compute in any case.
const (
	maxCachedWords = 1 << 15
	chunkWords     = 512 // the largest chunk
)

// wordCache maps words to their entries for one Tagger and one goroutine
// (it lives in the pooled tagState).
type wordCache struct {
	// index is a table of the entries with open addressing on the hashes
	// of their words, at most half full: a word is looked up for every
	// token, and its FNV hash costs less than a map's.
	index    []*wordEntry
	chunks   [][]wordEntry // of 64, 128, 256, then 512 entries
	cur, pos int           // the next free entry: chunks[cur][pos]
	n        int
	limit    int // maxCachedWords; smaller in tests
	buf      []byte
}

func newWordCache() *wordCache {
	return &wordCache{index: make([]*wordEntry, 256), limit: maxCachedWords}
}

// reserve makes room for k new entries, emptying the cache when full but
// for its most used words (keepUsed). It is called before each sentence
// so that the entries of a sentence stay valid while it is tagged.
func (c *wordCache) reserve(k int) {
	if c.n+k <= c.limit {
		return
	}
	c.keepUsed(usedThreshold(c.usesCount(), c.limit/keptShare))
	if c.n+k > c.limit {
		clear(c.index)
		c.n, c.cur, c.pos = 0, 0, 0
	}
}

// keptShare is the share of the cache (one in keptShare) that its most
// used words may keep when it is emptied.
const keptShare = 2

// usesCount returns the number of entries by their uses.
func (c *wordCache) usesCount() *[256]int {
	var count [256]int
	c.each(func(e *wordEntry) { count[e.uses]++ })
	return &count
}

// usedThreshold returns the fewest uses, at least 1, of the entries
// kept so that at most max of those counted in count remain.
func usedThreshold(count *[256]int, max int) int {
	kept := 0
	for u := len(count) - 1; u >= 1; u-- {
		if kept += count[u]; kept > max {
			return u + 1
		}
	}
	return 1
}

// each calls f with each entry of the cache, in the order they came.
func (c *wordCache) each(f func(e *wordEntry)) {
	for i := 0; i <= c.cur && i < len(c.chunks); i++ {
		n := len(c.chunks[i])
		if i == c.cur {
			n = c.pos
		}
		for j := range n {
			f(&c.chunks[i][j])
		}
	}
}

// keepUsed empties the cache but for the entries used at least min
// times, moved to its start with their uses halved: the words every text
// has ("the", "de", "said") stay, the names of past texts go.
func (c *wordCache) keepUsed(min int) {
	cur, pos := c.cur, c.pos
	clear(c.index)
	c.n, c.cur, c.pos = 0, 0, 0
	read := wordCache{chunks: c.chunks, cur: cur, pos: pos}
	read.each(func(e *wordEntry) {
		if int(e.uses) < min {
			return
		}
		kept := c.slot() // never after e: entries only move back
		*kept = *e
		kept.uses /= 2
		c.place(kept)
	})
}

// slot returns a fresh entry.
func (c *wordCache) slot() *wordEntry {
	if c.cur == len(c.chunks) {
		size := chunkWords
		if c.cur < 3 {
			size = 64 << c.cur
		}
		c.chunks = append(c.chunks, make([]wordEntry, size))
	}
	e := &c.chunks[c.cur][c.pos]
	if c.pos++; c.pos == len(c.chunks[c.cur]) {
		c.cur, c.pos = c.cur+1, 0
	}
	c.n++
	return e
}

// entry returns the entry of word w, building it on first sight.
func (c *wordCache) entry(t *Tagger, w string) *wordEntry {
	h := wordHash(w)
	mask := uint64(len(c.index) - 1)
	i := spread(h) & mask
	for ; c.index[i] != nil; i = (i + 1) & mask {
		if e := c.index[i]; e.wordHash == h && e.word == w {
			if e.uses < 255 {
				e.uses++
			}
			return e
		}
	}
	e := c.slot()
	c.fill(t, e, w)
	e.wordHash = h
	c.index[i] = e
	if 2*c.n > len(c.index) {
		c.grow()
	}
	return e
}

// grow doubles the index.
func (c *wordCache) grow() {
	old := c.index
	c.index = make([]*wordEntry, 2*len(old))
	for _, e := range old {
		if e != nil {
			c.place(e)
		}
	}
}

// place files e, not in the index yet, in the index.
func (c *wordCache) place(e *wordEntry) {
	mask := uint64(len(c.index) - 1)
	i := spread(e.wordHash) & mask
	for c.index[i] != nil {
		i = (i + 1) & mask
	}
	c.index[i] = e
}

// fill computes the entry of word w into e, with w in the memory of the
// entry (a copy, so that the cache keeps no caller's text alive).
func (c *wordCache) fill(t *Tagger, e *wordEntry, w string) {
	var sh byte
	own := isNorm(w) // w is its own norm
	c.buf = append(c.buf[:0], w...)
	if !own {
		c.buf = appendNorm(c.buf, w)
	}
	nw := len(c.buf)
	c.buf, sh = appendShape(c.buf, w)
	all := string(c.buf)
	key, norm, shape := all[:len(w)], all[len(w):nw], all[nw:]
	if own {
		norm = key
	}
	hn := newHasher(0).str(norm)
	*e = wordEntry{word: key, norm: norm, shape: shape, short: sh, gaz: t.gaz.classesOfHash(uint64(hn)),
		hash: hn, opening: sh == shapePunct && isOpening(w),
		quote: quoteKind(w)}
	e.startsPhrases = t.gaz.maxLen >= 2 && t.gaz.starts.get(uint64(e.hash)) != 0
	e.cue, e.common = cueIndex(e.gaz), commonIndex(e.gaz)
	e.localWeights(t, w)
	e.neighbourWeights(t.model)
}

// localWeights sums the weights of the features of word w alone. The
// three contexts differ by fStart's flag (inside its sentence or not)
// and the first word's flag of fCommon and fGaz, so the sums they share
// are made once.
func (e *wordEntry) localWeights(t *Tagger, w string) {
	m, fx := t.model, t.fixed
	var acc sums
	acc.add8(&fx.bias)
	acc.addKey(m, newHasher(fWord).str(w).key())
	acc.addKey(m, newHasher(fNorm).str(e.norm).key())
	acc.addKey(m, newHasher(fShape).str(e.shape).key())
	var affix [7]uint32
	for _, k := range affixKeys(affix[:0], e.norm) {
		acc.addKey(m, k)
	}
	acc.add8(&fx.length[min(utf8.RuneCountInString(w), maxLength)][e.short])
	later, first := acc, acc // not first in its sentence, first
	e.addClasses(&later, fx, 0)
	e.addClasses(&first, fx, 1)
	inside := later
	inside.add8(&fx.start[e.short][0])
	later.add8(&fx.start[e.short][1])
	first.add8(&fx.start[e.short][1])
	e.local[0], e.local[1], e.local[2] = inside.int16s(), later.int16s(), first.int16s()
}

// addClasses adds the weights of fCommon and fGaz, with the first word's
// flag first, to s.
func (e *wordEntry) addClasses(s *sums, fx *fixedRows, first int) {
	s.add8(&fx.common[e.common][e.short][first])
	for set := e.gaz; set != 0; set &= set - 1 {
		s.add8(&fx.gaz[lowBit(set)][e.short][first])
	}
}

// neighbourWeights looks up the features this word gives its neighbours.
func (e *wordEntry) neighbourWeights(m *Model) {
	e.asPrev = m.weights(newHasher(fPrev).str(e.norm))
	e.asNext = m.weights(newHasher(fNext).str(e.norm))
	e.asPrev2 = m.weights(newHasher(fPrev2).str(e.norm))
	e.asNext2 = m.weights(newHasher(fNext2).str(e.norm))
	e.shapePrev = newHasher(fShapePrev).str(e.shape).sep()
	e.shapeNext = newHasher(fShapeNext).str(e.shape).sep()
	e.bigramPrev = newHasher(fBigramPrev).str(e.norm).sep()
	e.bigramNext = newHasher(fBigramNext).str(e.norm).sep()
	e.prevPrev = newHasher(fPrevPrev).str(e.norm).sep()
	e.suffixNext = newHasher(fSuffixNext).str(suffix(e.norm, 3))
}

// boundaryEntry returns the entry of the token outside the sentence
// (features.go's boundary).
func boundaryEntry(m *Model) *wordEntry {
	e := &wordEntry{norm: boundary.norm, shape: boundary.shape, short: boundary.short}
	e.neighbourWeights(m)
	return e
}

// quoteKind returns how markQuotes reads w.
func quoteKind(w string) int8 {
	switch w {
	case "«", "“":
		return quoteOpen
	case "»", "”":
		return quoteClose
	case "\"":
		return quoteToggle
	}
	return 0
}
