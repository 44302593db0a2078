package entities

// sums accumulates the weights of the features of one token: the model's
// weights are integers, so any order of adding gives the same scores.
type sums [nLabels]int32

// add8 adds a row of weights.
func (s *sums) add8(w *[nLabels]int8) {
	s[0] += int32(w[0])
	s[1] += int32(w[1])
	s[2] += int32(w[2])
	s[3] += int32(w[3])
	s[4] += int32(w[4])
	s[5] += int32(w[5])
	s[6] += int32(w[6])
	s[7] += int32(w[7])
	s[8] += int32(w[8])
}

// add16 adds a row of summed weights.
func (s *sums) add16(w *[nLabels]int16) {
	s[0] += int32(w[0])
	s[1] += int32(w[1])
	s[2] += int32(w[2])
	s[3] += int32(w[3])
	s[4] += int32(w[4])
	s[5] += int32(w[5])
	s[6] += int32(w[6])
	s[7] += int32(w[7])
	s[8] += int32(w[8])
}

// int16s returns s as a row of int16, which holds the sums of a word's
// features alone (wordEntry.local).
func (s *sums) int16s() [nLabels]int16 {
	return [nLabels]int16{int16(s[0]), int16(s[1]), int16(s[2]), int16(s[3]), int16(s[4]),
		int16(s[5]), int16(s[6]), int16(s[7]), int16(s[8])}
}

// scaled returns the scores of s, each times scale.
func (s *sums) scaled(scale float32) [nLabels]float32 {
	return [nLabels]float32{float32(s[0]) * scale, float32(s[1]) * scale, float32(s[2]) * scale,
		float32(s[3]) * scale, float32(s[4]) * scale, float32(s[5]) * scale,
		float32(s[6]) * scale, float32(s[7]) * scale, float32(s[8]) * scale}
}

// addKey adds the weights of feature k, if the model has it: Model.row
// and add8 in one function, the tagger's hottest.
func (s *sums) addKey(m *Model, k uint32) {
	if b := m.filterBit(k); m.filter[b>>6]&(1<<(b&63)) == 0 {
		return
	}
	for i := m.home(k); ; i = m.next(i) {
		sl := &m.slots[i]
		switch sl.key {
		case k:
			w := sl.w // a copy, which the compiler reads at fixed offsets
			s[0] += int32(w[0])
			s[1] += int32(w[1])
			s[2] += int32(w[2])
			s[3] += int32(w[3])
			s[4] += int32(w[4])
			s[5] += int32(w[5])
			s[6] += int32(w[6])
			s[7] += int32(w[7])
			s[8] += int32(w[8])
			return
		case 0:
			return
		}
	}
}

// weights returns the weights of feature h, zero when the model lacks it.
func (m *Model) weights(h hasher) [nLabels]int8 {
	if w := m.row(h.key()); w != nil {
		return *w
	}
	return [nLabels]int8{}
}

// nShort is the number of short shapes, with 0 for the sentence
// boundary; nBits the number of gazetteer class bits a mask can hold.
const (
	nShort = int(shapePunct) + 1
	nBits  = 32
)

// maxLength is the longest word length fLength tells apart, in runes.
const maxLength = 12

// cueMask is the classes of the previous word that fCueCap reads.
const cueMask = gPerTitle | gOrgCue | gLocPrep | gMiscCue

// cueIndex packs the cue classes of gaz into 0..15 and cueOf unpacks them.
func cueIndex(gaz uint32) uint8 { return uint8(gaz>>11&7 | gaz>>16&1<<3) }
func cueOf(i int) uint32        { return uint32(i&7)<<11 | uint32(i>>3)<<16 }

// commonIndex packs the common-word classes of gaz into 0..3.
func commonIndex(gaz uint32) uint8 { return uint8(gaz >> 7 & 3) }

// fixedRows holds the weights of the features whose values are few (short
// shapes, gazetteer classes, flags), looked up once per Tagger so that
// tagging indexes an array instead of hashing and probing. Each is the
// weights of the same key the featurizer computes (features.go).
type fixedRows struct {
	bias    [nLabels]int8                         // fBias
	length  [maxLength + 1][nShort][nLabels]int8  // fLength: runes, short
	start   [nShort][2][nLabels]int8              // fStart: short, flag
	common  [4][nShort][2][nLabels]int8           // fCommon: common index, short, first
	gaz     [nBits][nShort][2][nLabels]int8       // fGaz: class, short, first
	gazPrev [nBits][nShort][nLabels]int8          // fGazPrev: class, short
	gazNext [nBits][nShort][nLabels]int8          // fGazNext: class, short
	gazP2   [nBits][nLabels]int8                  // fGazPrev2: class
	phraseB [nBits][nShort][nLabels]int8          // fPhraseB: class, short
	phraseI [nBits][nLabels]int8                  // fPhraseI: class
	cueCap  [16][nShort][4][nLabels]int8          // fCueCap: cue index, short, common index
	shapes3 [nShort][nShort][nShort][nLabels]int8 // fShapes3: previous, current, next short
	quoted  [nShort][2][2][nLabels]int8           // fQuoted: short, previous and next quoted
}

// newFixedRows looks up the fixed features of m.
func newFixedRows(m *Model) *fixedRows {
	r := &fixedRows{bias: m.weights(newHasher(fBias))}
	for s := range nShort {
		sh := uint64(s)
		for n := range maxLength + 1 {
			r.length[n][s] = m.weights(newHasher(fLength).num(uint64(n)).num(sh))
		}
		for f := range uint64(2) {
			r.start[s][f] = m.weights(newHasher(fStart).num(sh).num(f))
			for c := range 4 {
				r.common[c][s][f] = m.weights(newHasher(fCommon).num(uint64(c) << 7).num(sh).num(f))
			}
			for g := range uint64(2) {
				r.quoted[s][f][g] = m.weights(newHasher(fQuoted).num(sh).num(f).num(g))
			}
		}
		r.classRows(m, s)
		for c := range 16 {
			for k := range 4 {
				r.cueCap[c][s][k] = m.weights(newHasher(fCueCap).num(uint64(cueOf(c))).num(sh).num(uint64(k) << 7))
			}
		}
		for t := range nShort {
			for n := range nShort {
				r.shapes3[s][t][n] = m.weights(newHasher(fShapes3).num(sh).num(uint64(t)).num(uint64(n)))
			}
		}
	}
	return r
}

// classRows looks up the gazetteer features of the short shape s.
func (r *fixedRows) classRows(m *Model, s int) {
	sh := uint64(s)
	for b := range uint64(nBits) {
		r.gaz[b][s][0] = m.weights(newHasher(fGaz).num(b).num(sh).num(0))
		r.gaz[b][s][1] = m.weights(newHasher(fGaz).num(b).num(sh).num(1))
		r.gazPrev[b][s] = m.weights(newHasher(fGazPrev).num(b).num(sh))
		r.gazNext[b][s] = m.weights(newHasher(fGazNext).num(b).num(sh))
		r.phraseB[b][s] = m.weights(newHasher(fPhraseB).num(b).num(sh))
		if s == 0 {
			r.gazP2[b] = m.weights(newHasher(fGazPrev2).num(b))
			r.phraseI[b] = m.weights(newHasher(fPhraseI).num(b))
		}
	}
}
