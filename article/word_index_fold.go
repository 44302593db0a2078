package article

// maxFoldedValue is the length a class or id value is cut to before its
// words are looked up, as lowerInto cuts it to a 128-byte buffer.
const maxFoldedValue = 128

// foldTags is tags for a class or id value that is not lower-cased yet: it
// reads s as lowerInto would give it (ASCII letters folded to lower case)
// without copying it first. A large index, or one with words of two bytes,
// reads s through its wordMachine (see machineWords); a small one, whose
// pairs are few, tests the pairs at even positions only (foldPairs).
func (x *wordIndex) foldTags(s string) uint8 {
	x.once.Do(x.build)
	if x.machine != nil {
		return x.machine.scan(s)
	}
	return x.foldPairs(s)
}

// foldWordTags is foldTags for the next space-separated word of s from
// s[i] on, spaces before it skipped (see nextWord): it returns the tags of
// the words found in it, and the index where it ends. Its neighbours in s
// are spaces or the ends of s, which bound whole parts as the ends of the
// word alone do.
func (x *wordIndex) foldWordTags(s string, i int) (uint8, int) {
	for i < len(s) && isValueSpace(s[i]) {
		i++
	}
	x.once.Do(x.build)
	if x.machine != nil {
		return x.machine.wordTags(s, i)
	}
	word, _ := nextWord(s[i:])
	return x.foldPairs(word), i + len(word)
}

// machineWords is the number of words from which an index reads values
// through a wordMachine. Its one table look-up a byte costs about what
// testing half the positions against a bitmap of pairs does for a dozen
// words; past some twenty, the bitmap holds enough of the common pairs of
// class names that its hits, each comparing a few words, cost more (on
// the class and id values of every 30th wcxb page: 6 and 12 words about
// even, 25 words 16 % fewer instructions, 196 words 60 % fewer).
const machineWords = 20

// build makes the machine of the index when it is large or short.
func (x *wordIndex) build() {
	x.built = true
	if words := x.words(); x.short || len(words) >= machineWords {
		x.machine = newWordMachine(words)
	}
}

// foldPairs is foldTags for an index whose words all have three bytes or
// more. A word found at i holds a pair of starts at i (its first two
// bytes) or at i+1 (its second and third), one of which is even: so only
// the pairs at even positions are tested, and a hit is checked at it and
// just before.
func (x *wordIndex) foldPairs(s string) uint8 {
	var tags uint8
	for i := 0; i+1 < len(s); i += 2 {
		c, d := s[i], s[i+1]
		if x.starts[c][d>>6]&(1<<(d&63)) == 0 {
			continue
		}
		if i > 0 {
			tags |= x.foldAt(s, i-1)
		}
		tags |= x.foldAt(s, i)
	}
	return tags
}

// foldAt returns the tags of the words that start at s[i], its ASCII
// letters read lower-cased; s[i+1] must exist.
func (x *wordIndex) foldAt(s string, i int) uint8 {
	c, d := s[i], s[i+1]
	if x.pairs[c][d>>6]&(1<<(d&63)) == 0 {
		return 0
	}
	c, d = lowerByte(c), lowerByte(d)
	var tags uint8
	for _, e := range x.group(c, d) {
		end := i + len(e.word)
		if end <= len(s) && equalFoldLower(s[i:end], e.word) && (!e.whole || wholePartString(s, i, end)) {
			tags |= e.tag
		}
	}
	return tags
}

// addPair sets in m the bits of the pair c, d and of its forms with ASCII
// upper-case letters. tags reads lower-cased values only, so the upper-case
// forms never match there; foldTags needs them.
func (x *wordIndex) addPair(m *[256][4]uint64, c, d byte) {
	for _, a := range [2]byte{c, upperByte(c)} {
		for _, b := range [2]byte{d, upperByte(d)} {
			m[a][b>>6] |= 1 << (b & 63)
		}
	}
}

// lowerByte folds an ASCII upper-case letter to lower case.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// upperByte folds an ASCII lower-case letter to upper case.
func upperByte(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// equalFoldLower reports whether s, its ASCII letters lower-cased, equals
// the lower-case word w of the same length.
func equalFoldLower(s, w string) bool {
	for k := 0; k < len(w); k++ {
		if lowerByte(s[k]) != w[k] {
			return false
		}
	}
	return true
}

// wholePartString is wholePart for a string.
func wholePartString(s string, i, end int) bool {
	return (i == 0 || isNameSeparator(s[i-1])) && (end == len(s) || isNameSeparator(s[end]))
}

// nextWord splits the first space-separated word off v.
func nextWord[T ~string | ~[]byte](v T) (word, rest T) {
	for len(v) > 0 && isValueSpace(v[0]) {
		v = v[1:]
	}
	i := 0
	for i < len(v) && !isValueSpace(v[i]) {
		i++
	}
	return v[:i], v[i:]
}

// isValueSpace reports whether c separates the words of a class value.
func isValueSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n'
}
