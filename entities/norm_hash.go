package entities

// norm mixes the norm of w (normWord) into h without building it as a
// string: the gazetteer lookups of tagging time (Gazetteer.wordOf,
// phraseHash), which ran once or more per mention, no longer allocate.
func (h hasher) norm(w string) hasher {
	if isNorm(w) {
		return h.str(w)
	}
	var buf [64]byte
	return h.bytes(appendNorm(buf[:0], w))
}

// wordOf returns the classes of word w, not normalised yet: as
// g.word(normWord(w)).
func (g *Gazetteer) wordOf(w string) uint32 {
	return g.classesOfHash(uint64(newHasher(0).norm(w)))
}
