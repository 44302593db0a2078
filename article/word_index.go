package article

// wordIndex finds the words of several lists in a lower-case class or id
// in one pass. Words are kept by their first byte, and a bitmap of the
// pairs of bytes that start a word lets the pass skip at once the
// positions where none starts, which are most of them.
type wordIndex struct {
	pairs  [256][4]uint64
	second [256][]byte // the second bytes of words, in the order of words
	words  [256][]indexedWord
	// starts holds the pairs that open a word and the pairs at its second
	// byte, for foldTags' pass over every other position; short says a
	// word of two bytes makes that pass unsafe.
	starts [256][4]uint64
	short  bool
}

// indexedWord is a word of a wordIndex: the tag of its list, and whether
// it matches only a whole part of a name (see isNameSeparator).
type indexedWord struct {
	word  string
	tag   uint8
	whole bool
}

// add indexes words under tag; whole says they match whole parts only.
// Words have two bytes at least.
func (x *wordIndex) add(tag uint8, whole bool, words ...string) {
	for _, w := range words {
		if len(w) < 2 {
			panic("article: indexed word shorter than two bytes: " + w)
		}
		x.addPair(&x.pairs, w[0], w[1])
		x.addPair(&x.starts, w[0], w[1])
		if len(w) == 2 {
			x.short = true
		} else {
			x.addPair(&x.starts, w[1], w[2])
		}
		x.second[w[0]] = append(x.second[w[0]], w[1])
		x.words[w[0]] = append(x.words[w[0]], indexedWord{w, tag, whole})
	}
}

// addSet indexes the words of s under tag.
func (x *wordIndex) addSet(tag uint8, whole bool, s *nameWords) {
	for _, ws := range s.first {
		x.add(tag, whole, ws...)
	}
}

// tags returns the tags of the words found in v, or-ed.
func (x *wordIndex) tags(v []byte) uint8 {
	var tags uint8
	for i := 0; i+1 < len(v); i++ {
		c, d := v[i], v[i+1]
		if x.pairs[c][d>>6]&(1<<(d&63)) == 0 {
			continue
		}
		for j, b := range x.second[c] {
			if b != d {
				continue
			}
			e := &x.words[c][j]
			end := i + len(e.word)
			if end <= len(v) && string(v[i:end]) == e.word && (!e.whole || wholePart(v, i, end)) {
				tags |= e.tag
			}
		}
	}
	return tags
}

// wholePart reports whether v[i:end] is a whole part of a name, between
// separators or the ends of v.
func wholePart(v []byte, i, end int) bool {
	return (i == 0 || isNameSeparator(v[i-1])) && (end == len(v) || isNameSeparator(v[end]))
}
