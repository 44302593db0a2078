package article

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// wordIndex finds the words of several lists in a lower-case class or id
// in one pass. Words are kept by their first two bytes, and a bitmap of
// the pairs of bytes that start a word lets the pass skip at once the
// positions where none starts, which are most of them.
type wordIndex struct {
	pairs [256][4]uint64
	// lower holds the pairs that open a word as written (lower case), and
	// groups[c] the words opened by each pair of first byte c, in the
	// order of the pairs' second bytes: the words of a pair are found by
	// its rank in lower[c] (see group) without reading the others.
	lower  [256][4]uint64
	groups [256][][]indexedWord
	// starts holds the pairs that open a word and the pairs at its second
	// byte, for foldTags' pass over every other position; short says a
	// word of two bytes makes that pass unsafe.
	starts [256][4]uint64
	short  bool
	// machine finds the words for foldTags in a large index, built at
	// its first call (once): words may not be added after it.
	once    sync.Once
	built   bool
	machine *wordMachine
}

// indexedWord is a word of a wordIndex: the tag of its list, and whether
// it matches only a whole part of a name (see isNameSeparator).
type indexedWord struct {
	word  string
	tag   uint8
	whole bool
}

// add indexes words under tag; whole says they match whole parts only.
// Words have two bytes at least, and no space, tab or newline: those
// separate the words of a value (see foldWordTags).
func (x *wordIndex) add(tag uint8, whole bool, words ...string) {
	for _, w := range words {
		if len(w) < 2 || strings.ContainsAny(w, " \t\n") {
			panic("article: indexed word shorter than two bytes or holding a space: " + w)
		}
		if x.built {
			panic("article: word added to a wordIndex in use: " + w)
		}
		x.addPair(&x.pairs, w[0], w[1])
		x.addPair(&x.starts, w[0], w[1])
		if len(w) == 2 {
			x.short = true
		} else {
			x.addPair(&x.starts, w[1], w[2])
		}
		x.addWord(indexedWord{w, tag, whole})
	}
}

// addWord files e in the group of its first two bytes.
func (x *wordIndex) addWord(e indexedWord) {
	c, d := e.word[0], e.word[1]
	r := x.rank(c, d)
	if x.lower[c][d>>6]&(1<<(d&63)) == 0 {
		x.lower[c][d>>6] |= 1 << (d & 63)
		x.groups[c] = slices.Insert(x.groups[c], r, nil)
	}
	x.groups[c][r] = append(x.groups[c][r], e)
}

// rank returns the number of pairs of first byte c in lower whose second
// byte is below d.
func (x *wordIndex) rank(c, d byte) int {
	m := &x.lower[c]
	r := bits.OnesCount64(m[d>>6] & (1<<(d&63) - 1))
	for k := range d >> 6 {
		r += bits.OnesCount64(m[k])
	}
	return r
}

// group returns the words that open with the lower-case pair c, d.
func (x *wordIndex) group(c, d byte) []indexedWord {
	if x.lower[c][d>>6]&(1<<(d&63)) == 0 {
		return nil
	}
	return x.groups[c][x.rank(c, d)]
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
		for _, e := range x.group(c, d) {
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
