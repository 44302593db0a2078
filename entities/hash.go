package entities

// FNV-1a, 64 bits: feature names and gazetteer words are hashed, never
// stored as strings.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// hasher builds a hash from parts without allocating.
type hasher uint64

func newHasher(template byte) hasher { return hasher((fnvOffset ^ uint64(template)) * fnvPrime) }

// str mixes s into h.
func (h hasher) str(s string) hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x = (x ^ uint64(s[i])) * fnvPrime
	}
	return hasher(x)
}

// bytes mixes b into h.
func (h hasher) bytes(b []byte) hasher {
	x := uint64(h)
	for _, c := range b {
		x = (x ^ uint64(c)) * fnvPrime
	}
	return hasher(x)
}

// sep mixes a separator into h so that ("ab","c") and ("a","bc") differ.
func (h hasher) sep() hasher { return hasher((uint64(h) ^ 0xff) * fnvPrime) }

// num mixes a small number into h.
func (h hasher) num(n uint64) hasher { return hasher((uint64(h) ^ (n + 0x100)) * fnvPrime) }

// key folds h to the 32-bit key of the weight table; 0 is never a key.
func (h hasher) key() uint32 {
	k := uint32(h ^ h>>32)
	if k == 0 {
		return 1
	}
	return k
}

// wordHash is the hash of a normalised word, the key of the gazetteers.
func wordHash(w string) uint64 { return uint64(newHasher(0).str(w)) }
