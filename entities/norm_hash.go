package entities

import "unicode/utf8"

// norm mixes the norm of w (normWord) into h without building it as a
// string: the gazetteer lookups of tagging time (Gazetteer.wordOf,
// phraseHash), which ran once or more per mention, no longer allocate.
// An ASCII start is lower-cased as it is hashed.
func (h hasher) norm(w string) hasher {
	x := uint64(h)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			var buf [64]byte
			return hasher(x).bytes(appendNorm(buf[:0], w[i:]))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		x = (x ^ uint64(c)) * fnvPrime
	}
	return hasher(x)
}

// wordOf returns the classes of word w, not normalised yet: as
// g.word(normWord(w)).
func (g *Gazetteer) wordOf(w string) uint32 {
	return g.classesOfHash(uint64(newHasher(0).norm(w)))
}
