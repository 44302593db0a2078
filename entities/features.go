package entities

import (
	"math/bits"
	"unicode/utf8"
)

// tokInfo is what the features read about one token.
type tokInfo struct {
	word, norm string
	shape      string
	short      byte
	gaz        uint32 // classes of the word
	phraseB    uint32 // classes of a gazetteer phrase starting here
	phraseI    uint32 // classes of a gazetteer phrase continuing here
	quoted     bool   // inside quotation marks
}

// The feature templates. The trainer reads them as lists of keys
// (featurizer.compute); the tagger sums their weights another way
// (emissions.go, word_cache.go, fixed_rows.go): a change here needs the
// same change there, which TestEmissionsMatchFeatures checks.
const (
	fBias byte = iota + 1
	fWord
	fNorm
	fShape
	fPrefix
	fSuffix
	fStart
	fPrev
	fNext
	fPrev2
	fNext2
	fShapePrev
	fShapeNext
	fBigramPrev
	fBigramNext
	fGaz
	fGazPrev
	fGazNext
	fPhraseB
	fPhraseI
	fCommon
	fLength
	fShapes3
	fPrevPrev
	fCueCap
	fGazPrev2
	fSuffixNext
	fQuoted
)

// featurizer computes the features of sentences; it holds buffers and is
// used by one goroutine at a time.
type featurizer struct {
	gaz          *Gazetteer
	infos        []tokInfo
	feats        []uint32 // features of all tokens
	offs         []int    // feats[offs[i]:offs[i+1]] are the features of token i
	shape        []byte
	lower        []byte            // the norms of a sentence's words, end to end
	starts, ends []int             // where each word's norm is in lower, or -1
	seen         map[string]string // interned shapes
}

// maxInterned bounds the shapes a featurizer keeps.
const maxInterned = 4096

func newFeaturizer(g *Gazetteer) *featurizer {
	return &featurizer{gaz: g, seen: map[string]string{}}
}

// compute fills f.feats and f.offs for the words of one sentence.
func (f *featurizer) compute(words []string) {
	f.prepare(words)
	f.feats, f.offs = f.feats[:0], append(f.offs[:0], 0)
	for i := range words {
		f.token(i)
		f.offs = append(f.offs, len(f.feats))
	}
}

// of returns the features of token i.
func (f *featurizer) of(i int) []uint32 { return f.feats[f.offs[i]:f.offs[i+1]] }

// prepare fills f.infos.
func (f *featurizer) prepare(words []string) {
	f.infos = f.infos[:0]
	norms := f.norms(words)
	for i, w := range words {
		var sh byte
		f.shape, sh = wordShape(w, f.shape)
		norm := w
		if f.ends[i] >= 0 {
			norm = norms[f.starts[i]:f.ends[i]]
		}
		f.infos = append(f.infos, tokInfo{word: w, norm: norm, shape: f.intern(f.shape), short: sh, gaz: f.gaz.word(norm)})
	}
	f.matchPhrases(words)
	f.markQuotes()
}

// norms writes the norms (normWord) of the words that are not their own
// norm end to end into one string, so that a sentence costs at most one
// allocation; norms[f.starts[i]:f.ends[i]] is the norm of word i, or
// f.ends[i] is -1 when the word is its own norm.
func (f *featurizer) norms(words []string) string {
	f.lower, f.starts, f.ends = f.lower[:0], f.starts[:0], f.ends[:0]
	for _, w := range words {
		if isNorm(w) {
			f.starts, f.ends = append(f.starts, -1), append(f.ends, -1)
			continue
		}
		f.starts = append(f.starts, len(f.lower))
		f.lower = appendNorm(f.lower, w)
		f.ends = append(f.ends, len(f.lower))
	}
	if len(f.lower) == 0 {
		return ""
	}
	return string(f.lower)
}

// intern returns b as a string, shared between the calls.
func (f *featurizer) intern(b []byte) string {
	if s, ok := f.seen[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(f.seen) < maxInterned {
		f.seen[s] = s
	}
	return s
}

// markQuotes marks the tokens between quotation marks.
func (f *featurizer) markQuotes() {
	open := false
	for i := range f.infos {
		switch f.infos[i].word {
		case "«", "“":
			open = true
		case "»", "”":
			open = false
		case "\"":
			open = !open
		default:
			f.infos[i].quoted = open
		}
	}
}

// matchPhrases marks the longest gazetteer phrases.
func (f *featurizer) matchPhrases(words []string) {
	g := f.gaz
	for i := range words {
		if g.maxLen < 2 || g.starts.get(wordHash(f.infos[i].norm)) == 0 {
			continue
		}
		best, class := g.longestPhrase(newHasher(0).str(f.infos[i].norm), len(words)-i, func(k int) string { return f.infos[i+k].norm })
		if best == 0 {
			continue
		}
		f.infos[i].phraseB |= class
		for j := i + 1; j < i+best; j++ {
			f.infos[j].phraseI |= class
		}
	}
}

var boundary = tokInfo{word: "<s>", norm: "<s>", shape: "<s>", short: 0}

// info returns token i, or a boundary token outside the sentence.
func (f *featurizer) info(i int) *tokInfo {
	if i < 0 || i >= len(f.infos) {
		return &boundary
	}
	return &f.infos[i]
}

func (f *featurizer) add(h hasher) { f.feats = append(f.feats, h.key()) }

// token appends the features of token i.
func (f *featurizer) token(i int) {
	t, p, n := f.info(i), f.info(i-1), f.info(i+1)
	p2, n2 := f.info(i-2), f.info(i+2)
	f.add(newHasher(fBias))
	f.add(newHasher(fWord).str(t.word))
	f.add(newHasher(fNorm).str(t.norm))
	f.add(newHasher(fShape).str(t.shape))
	f.affixes(t.norm)
	f.add(newHasher(fStart).num(uint64(t.short)).num(b2u(i == 0 || p.short == shapePunct && isOpening(p.word))))
	f.add(newHasher(fPrev).str(p.norm))
	f.add(newHasher(fNext).str(n.norm))
	f.add(newHasher(fPrev2).str(p2.norm))
	f.add(newHasher(fNext2).str(n2.norm))
	f.add(newHasher(fShapePrev).str(p.shape).sep().str(t.shape))
	f.add(newHasher(fShapeNext).str(t.shape).sep().str(n.shape))
	f.add(newHasher(fBigramPrev).str(p.norm).sep().str(t.norm))
	f.add(newHasher(fBigramNext).str(t.norm).sep().str(n.norm))
	f.add(newHasher(fPrevPrev).str(p2.norm).sep().str(p.norm).num(uint64(t.short)))
	f.add(newHasher(fShapes3).num(uint64(p.short)).num(uint64(t.short)).num(uint64(n.short)))
	f.add(newHasher(fLength).num(uint64(min(utf8.RuneCountInString(t.word), maxLength))).num(uint64(t.short)))
	f.add(newHasher(fSuffixNext).str(suffix(n.norm, 3)).num(uint64(t.short)))
	if t.quoted {
		f.add(newHasher(fQuoted).num(uint64(t.short)).num(b2u(p.quoted)).num(b2u(n.quoted)))
	}
	f.gazFeatures(i, t, p, n, p2)
}

// gazFeatures appends the gazetteer and cue features of token i.
func (f *featurizer) gazFeatures(i int, t, p, n, p2 *tokInfo) {
	start := uint64(b2u(i == 0))
	// Only the classes some of these tokens have: most have none.
	for set := t.gaz | p.gaz | n.gaz | p2.gaz | t.phraseB | t.phraseI; set != 0; set &= set - 1 {
		b := uint64(bits.TrailingZeros32(set))
		bit := uint32(1) << b
		if t.gaz&bit != 0 {
			f.add(newHasher(fGaz).num(b).num(uint64(t.short)).num(start))
		}
		if p.gaz&bit != 0 {
			f.add(newHasher(fGazPrev).num(b).num(uint64(t.short)))
		}
		if n.gaz&bit != 0 {
			f.add(newHasher(fGazNext).num(b).num(uint64(t.short)))
		}
		if p2.gaz&bit != 0 && t.short == shapeTitle {
			f.add(newHasher(fGazPrev2).num(b))
		}
		if t.phraseB&bit != 0 {
			f.add(newHasher(fPhraseB).num(b).num(uint64(t.short)))
		}
		if t.phraseI&bit != 0 {
			f.add(newHasher(fPhraseI).num(b))
		}
	}
	common := t.gaz & (gFrWord | gEnWord)
	f.add(newHasher(fCommon).num(uint64(common)).num(uint64(t.short)).num(start))
	cue := p.gaz & cueMask
	f.add(newHasher(fCueCap).num(uint64(cue)).num(uint64(t.short)).num(uint64(common)))
}

// affixes appends the prefix and suffix features of norm.
func (f *featurizer) affixes(norm string) { f.feats = affixKeys(f.feats, norm) }

// affixKeys appends the keys of the prefixes (1 to 3 runes) and suffixes
// (1 to 4 runes) of norm to dst, walking it once from each end.
func affixKeys(dst []uint32, norm string) []uint32 {
	k, i := 1, 0
	for ; k <= 3 && i < len(norm); k++ {
		_, n := utf8.DecodeRuneInString(norm[i:])
		i += n
		dst = append(dst, newHasher(fPrefix).num(uint64(k)).str(norm[:i]).key())
	}
	for ; k <= 3; k++ {
		dst = append(dst, newHasher(fPrefix).num(uint64(k)).str(norm).key())
	}
	k, i = 1, len(norm)
	for ; k <= 4 && i > 0; k++ {
		i -= lastRuneLen(norm[:i])
		dst = append(dst, newHasher(fSuffix).num(uint64(k)).str(norm[i:]).key())
	}
	for ; k <= 4; k++ {
		dst = append(dst, newHasher(fSuffix).num(uint64(k)).str(norm).key())
	}
	return dst
}

// suffix returns the last k runes of s.
func suffix(s string, k int) string {
	i := len(s)
	for ; i > 0 && k > 0; k-- {
		i -= lastRuneLen(s[:i])
	}
	return s[i:]
}

// lastRuneLen returns the width of the last rune of s, which is not
// empty: 1 for an ASCII character, without decoding it.
func lastRuneLen(s string) int {
	if s[len(s)-1] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeLastRuneInString(s)
	return n
}

func isOpening(w string) bool {
	switch w {
	case "«", "\"", "“", "(", "—", "–", "-", ":", "•", "'", "‘":
		return true
	}
	return false
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
