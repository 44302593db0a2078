package entities

// classTable maps 64-bit hashes to gazetteer classes with open addressing;
// faster to fill and to read than a map for the half-million words of the
// gazetteers.
type classTable struct {
	keys    []uint64
	classes []uint32
	n       int
}

func newClassTable(size int) *classTable {
	c := &classTable{}
	c.resize(size)
	return c
}

func (c *classTable) resize(size int) {
	n := 1
	for n < 2*size {
		n <<= 1
	}
	old, oldClasses := c.keys, c.classes
	c.keys, c.classes, c.n = make([]uint64, n), make([]uint32, n), 0
	for i, k := range old {
		if k != 0 {
			c.or(k, oldClasses[i])
		}
	}
}

// or adds the classes cl to key h.
func (c *classTable) or(h uint64, cl uint32) {
	if h == 0 {
		h = 1
	}
	if 2*(c.n+1) > len(c.keys) {
		c.resize(len(c.keys))
	}
	mask := uint64(len(c.keys) - 1)
	for s := spread(h) & mask; ; s = (s + 1) & mask {
		switch c.keys[s] {
		case h:
			c.classes[s] |= cl
			return
		case 0:
			c.keys[s], c.classes[s] = h, cl
			c.n++
			return
		}
	}
}

// get returns the classes of key h.
func (c *classTable) get(h uint64) uint32 {
	if h == 0 {
		h = 1
	}
	mask := uint64(len(c.keys) - 1)
	for s := spread(h) & mask; ; s = (s + 1) & mask {
		switch c.keys[s] {
		case h:
			return c.classes[s]
		case 0:
			return 0
		}
	}
}

// spread mixes the high bits of an FNV hash into its low bits, which
// alone are poorly distributed.
func spread(h uint64) uint64 {
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>32
}

// bitFilter is a Bloom filter over word hashes with two probes, used for
// the long lists of common words: a false positive now and then (under 1%)
// costs a feature, not a mistake.
type bitFilter struct {
	bits []uint64
	mask uint64
}

func newBitFilter(logBits uint) *bitFilter {
	return &bitFilter{bits: make([]uint64, 1<<(logBits-6)), mask: 1<<logBits - 1}
}

func (f *bitFilter) probes(h uint64) (uint64, uint64) {
	x := spread(h)
	return x & f.mask, (x >> 32 * 0x9e3779b9) & f.mask
}

func (f *bitFilter) add(h uint64) {
	a, b := f.probes(h)
	f.bits[a>>6] |= 1 << (a & 63)
	f.bits[b>>6] |= 1 << (b & 63)
}

func (f *bitFilter) has(h uint64) bool {
	a, b := f.probes(h)
	return f.bits[a>>6]&(1<<(a&63)) != 0 && f.bits[b>>6]&(1<<(b&63)) != 0
}
