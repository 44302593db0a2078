package entities

import "math"

// Model is a trained sequence tagger: an averaged perceptron whose
// features are hashed to 32-bit keys, with int8 weights for the nine IOB2
// labels and first-order label transitions, decoded with Viterbi. A Model
// is read-only after loading and safe for concurrent use.
type Model struct {
	slots []slot // open addressing on the key, half full; key 0 is empty
	// filter has one bit set per key: most features of a text are not in
	// the model, and this small bitset, which stays in cache, answers for
	// them without touching the table.
	filter []uint64
	fshift uint
	n      int
	scale  float32
	trans  [nLabels + 1][nLabels]float32 // row nLabels is the sentence start
}

// slot is one feature of the table: its key and its weights, side by side
// so that a lookup touches one cache line.
type slot struct {
	key uint32
	w   [nLabels]int8
}

// newModel builds a Model from keys and their rows of weights.
func newModel(keys []uint32, weights []int8, scale float32, trans [nLabels + 1][nLabels]float32) *Model {
	m := newTable(len(keys), scale, trans)
	for r, k := range keys {
		copy(m.insert(k).w[:], weights[r*nLabels:])
	}
	return m
}

// newModelColumns builds a Model from keys and their weights stored
// label by label (the weights of label j for key r at cols[j*len(keys)+r]),
// as in a model file. The rows are first sorted by their home slot
// (byHome), so that filling the table walks it from start to end, one
// cache line after the other, instead of jumping all over it.
func newModelColumns(keys []uint32, cols []byte, scale float32, trans [nLabels + 1][nLabels]float32) *Model {
	m := newTable(len(keys), scale, trans)
	for _, row := range byHome(keys, cols) {
		m.insert(row.key).w = row.w
	}
	return m
}

// homeBuckets is the number of ranges of home slots byHome sorts rows
// into: few enough that the end of each range stays in the cache while
// the rows are dealt out.
const homeBuckets = 1 << 12

// byHome returns the rows of a model file (as newModelColumns reads them)
// in increasing order of home slot, up to the order within one of
// homeBuckets ranges: a counting sort on the mixed key's top bits.
func byHome(keys []uint32, cols []byte) []slot {
	n := len(keys)
	bucket := func(k uint32) uint32 { return uint32(mixKey(k) * homeBuckets >> 32) }
	var next [homeBuckets + 1]int
	for _, k := range keys {
		next[bucket(k)+1]++
	}
	for b := 1; b <= homeBuckets; b++ {
		next[b] += next[b-1]
	}
	rows := make([]slot, n)
	for r, k := range keys {
		b := bucket(k)
		row := &rows[next[b]]
		next[b]++
		row.key = k
		for j := range nLabels {
			row.w[j] = int8(cols[j*n+r])
		}
	}
	return rows
}

// newTable returns an empty Model sized for n keys.
func newTable(n int, scale float32, trans [nLabels + 1][nLabels]float32) *Model {
	// A table half full needs few probes and stays smaller than one sized
	// to a power of two; the filter answers most misses before any probing.
	m := &Model{slots: make([]slot, 2*n+1), n: n, scale: scale, trans: trans}
	fbits := uint(12)
	for 1<<fbits < 8*n {
		fbits++
	}
	m.filter, m.fshift = make([]uint64, 1<<(fbits-6)), 32-fbits
	return m
}

// insert files key k, not in m yet, and returns its slot.
func (m *Model) insert(k uint32) *slot {
	b := m.filterBit(k)
	m.filter[b>>6] |= 1 << (b & 63)
	s := m.home(k)
	for m.slots[s].key != 0 {
		s = m.next(s)
	}
	m.slots[s].key = k
	return &m.slots[s]
}

// filterBit is the bit of key k in the filter: its top bits.
func (m *Model) filterBit(k uint32) uint32 { return k >> m.fshift }

// keyMix is the odd multiplier home mixes a key with (2^32 over the
// golden ratio).
const keyMix = 0x9e3779b1

// home returns the first slot to probe for key k. Keys are hashes
// already, but FNV folded to 32 bits changes the low bits alone when the
// last byte of a feature changes ("Paris" and "Parisa" in the same
// template), so their top bits are shared by whole families of keys:
// mixed with keyMix first, which carries every bit upwards, they spread
// over the whole table instead of piling up in long runs to probe.
func (m *Model) home(k uint32) uint32 {
	return uint32(mixKey(k) * uint64(len(m.slots)) >> 32)
}

// next returns the slot after s, wrapping around.
func (m *Model) next(s uint32) uint32 {
	if s++; int(s) == len(m.slots) {
		return 0
	}
	return s
}

// row returns the weights of key k, or nil.
func (m *Model) row(k uint32) *[nLabels]int8 {
	if b := m.filterBit(k); m.filter[b>>6]&(1<<(b&63)) == 0 {
		return nil
	}
	for s := m.home(k); ; s = m.next(s) {
		switch m.slots[s].key {
		case k:
			return &m.slots[s].w
		case 0:
			return nil
		}
	}
}

// Features returns how many features the model has.
func (m *Model) Features() int { return m.n }

// score adds the weights of feats to out.
func (m *Model) score(feats []uint32, out *[nLabels]float32) {
	var acc [nLabels]int32
	for _, k := range feats {
		if w := m.row(k); w != nil {
			// Unrolled: this is the hottest loop of the tagger.
			acc[0] += int32(w[0])
			acc[1] += int32(w[1])
			acc[2] += int32(w[2])
			acc[3] += int32(w[3])
			acc[4] += int32(w[4])
			acc[5] += int32(w[5])
			acc[6] += int32(w[6])
			acc[7] += int32(w[7])
			acc[8] += int32(w[8])
		}
	}
	for j := range nLabels {
		out[j] = float32(acc[j]) * m.scale
	}
}

// viterbi returns the best label sequence for the emission scores em
// under the transition scores tr, obeying the IOB2 constraints. back is a
// buffer.
func viterbi(em [][nLabels]float32, tr *[nLabels + 1][nLabels]float32, back [][nLabels]int8, out []int) {
	n := len(em)
	if n == 0 {
		return
	}
	neg := float32(math.Inf(-1))
	// The forbidden transitions score -Inf, so the inner loop needs no test.
	var t [nLabels + 1][nLabels]float32
	for p := range t {
		for k := range nLabels {
			t[p][k] = neg
			if p == nLabels && allowed(-1, k) || p < nLabels && allowed(p, k) {
				t[p][k] = tr[p][k]
			}
		}
	}
	var cur, next [nLabels]float32
	for k := range nLabels {
		cur[k] = t[nLabels][k] + em[0][k]
	}
	for i := 1; i < n; i++ {
		// For each label k, the best previous label p, in increasing p
		// (the first best wins), p outside so that the inner loop runs
		// over fixed arrays.
		next = [nLabels]float32{neg, neg, neg, neg, neg, neg, neg, neg, neg}
		bi := &back[i]
		*bi = [nLabels]int8{}
		for p := range nLabels {
			c, row := cur[p], &t[p]
			for k := range nLabels {
				if s := c + row[k]; s > next[k] {
					next[k], bi[k] = s, int8(p)
				}
			}
		}
		e := &em[i]
		for k := range nLabels {
			next[k] += e[k]
		}
		cur = next
	}
	best := 0
	for k := range nLabels {
		if cur[k] > cur[best] {
			best = k
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = best
		best = int(back[i][best])
	}
}

// Prune returns a copy of m without the features whose weights are all
// within ±min (in quantized units): a smaller, faster model.
func (m *Model) Prune(min int8) *Model {
	var keys []uint32
	var weights []int8
	for _, s := range m.slots {
		if s.key == 0 {
			continue
		}
		keep := false
		for _, w := range s.w {
			keep = keep || w > min || w < -min
		}
		if keep {
			keys = append(keys, s.key)
			weights = append(weights, s.w[:]...)
		}
	}
	return newModel(keys, weights, m.scale, m.trans)
}

// mixKey mixes k with keyMix (see home).
func mixKey(k uint32) uint64 { return uint64(k * keyMix) }
