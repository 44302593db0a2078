package article

// wordMachine finds the words of a wordIndex in a class or id value in one
// pass of one table look-up per byte (an Aho-Corasick automaton): its
// state is the longest end of the bytes read that starts a word, and each
// state knows the words that end there. The bitmap pass it replaces tests
// each pair of bytes, then every word that opens with a pair it finds,
// which on class names full of common pairs ("co", "re", "st") cost some
// forty instructions a byte.
type wordMachine struct {
	// class maps a byte to its column in next: each byte that some word
	// holds has one, an ASCII capital letter shares its small letter's,
	// and every other byte is column 0, which leads back to the start.
	class [256]uint8
	width int
	// next[row+class], row being a state times width, holds the row of
	// the state that follows shifted by stepShift, and in its low bits
	// the tags of the words of any part that end at that state, and
	// stepWhole when whole-part words end there too (wholes[state]).
	next   []uint32
	wholes [][]indexedWord
}

// The layout of a step of wordMachine.next.
const (
	stepShift = 9
	stepWhole = 1 << 8
)

// newWordMachine builds the automaton of words. A word holding an ASCII
// capital letter never matches (foldAt compares lower-cased bytes with
// the word), so it is left out.
func newWordMachine(words []indexedWord) *wordMachine {
	m := &wordMachine{}
	words = lowerWords(words)
	m.setClasses(words)
	child, ends := m.trie(words)
	m.link(child, ends)
	return m
}

// lowerWords returns the words without an ASCII capital letter.
func lowerWords(words []indexedWord) []indexedWord {
	var out []indexedWord
	for _, e := range words {
		if !hasUpperASCII(e.word) {
			out = append(out, e)
		}
	}
	return out
}

// hasUpperASCII reports whether s holds an ASCII capital letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// setClasses gives a column to each byte of the words.
func (m *wordMachine) setClasses(words []indexedWord) {
	m.width = 1
	for _, e := range words {
		for i := 0; i < len(e.word); i++ {
			if c := e.word[i]; m.class[c] == 0 {
				m.class[c] = uint8(m.width)
				m.width++
			}
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		m.class[c] = m.class[c+'a'-'A']
	}
}

// trie files the words in a tree of states, 0 the root: child[s*width+k]
// is the state after column k from s (0 for none), ends[s] the words that
// end at s.
func (m *wordMachine) trie(words []indexedWord) (child []uint16, ends [][]indexedWord) {
	states := 1
	for _, e := range words {
		states += len(e.word)
	}
	child = make([]uint16, m.width, states*m.width)
	ends = make([][]indexedWord, 1, states)
	for _, e := range words {
		s := 0
		for i := 0; i < len(e.word); i++ {
			at := s*m.width + int(m.class[e.word[i]])
			if child[at] == 0 {
				if len(ends) == 1<<16 {
					panic("article: too many words for a wordMachine")
				}
				child[at] = uint16(len(ends))
				child = append(child, make([]uint16, m.width)...)
				ends = append(ends, nil)
			}
			s = int(child[at])
		}
		ends[s] = append(ends[s], e)
	}
	return child, ends
}

// link fills next and wholes breadth first: a state lacking a child goes
// where its longest proper end (its fallback) goes, and holds the words
// of its fallback as well as its own.
func (m *wordMachine) link(child []uint16, ends [][]indexedWord) {
	n := len(ends)
	m.next, m.wholes = make([]uint32, n*m.width), make([][]indexedWord, n)
	to, tags := m.next, make([]uint8, n) // to holds target states until setSteps
	fallback := make([]uint16, n)
	queue := make([]uint16, 1, n)
	for q := 0; q < len(queue); q++ {
		s := int(queue[q])
		if f := int(fallback[s]); s != 0 {
			tags[s], m.wholes[s] = tags[f], m.wholes[f]
		}
		tags[s] |= m.addEnds(s, ends[s])
		for k := 0; k < m.width; k++ {
			c := child[s*m.width+k]
			switch {
			case c == 0 && s == 0:
			case c == 0:
				to[s*m.width+k] = to[int(fallback[s])*m.width+k]
			default:
				to[s*m.width+k] = uint32(c)
				if s != 0 {
					fallback[c] = uint16(to[int(fallback[s])*m.width+k])
				}
				queue = append(queue, c)
			}
		}
	}
	m.setSteps(tags)
}

// setSteps turns the target states in next into steps: each state's row,
// its tags and whether whole-part words end there.
func (m *wordMachine) setSteps(tags []uint8) {
	for i, t := range m.next {
		step := t*uint32(m.width)<<stepShift | uint32(tags[t])
		if len(m.wholes[t]) > 0 {
			step |= stepWhole
		}
		m.next[i] = step
	}
}

// addEnds adds the whole-part words that end at state s to its wholes,
// and returns the tags of the others.
func (m *wordMachine) addEnds(s int, words []indexedWord) uint8 {
	var tags uint8
	for _, e := range words {
		if e.whole {
			m.wholes[s] = append(m.wholes[s][:len(m.wholes[s]):len(m.wholes[s])], e)
		} else {
			tags |= e.tag
		}
	}
	return tags
}

// scan returns the tags of the words found in s, its ASCII letters read
// lower-cased: those of words of any part, and those of whole-part words
// that s holds between separators or its ends.
func (m *wordMachine) scan(s string) uint8 {
	var tags uint8
	next, class := m.next, &m.class
	row := 0
	for i := 0; i < len(s); i++ {
		step := next[row+int(class[s[i]])]
		row = int(step >> stepShift)
		tags |= uint8(step)
		if step&stepWhole != 0 {
			tags |= m.wholeTags(s, row/m.width, i+1)
		}
	}
	return tags
}

// wordTags is scan for the space-separated word of s that starts at
// s[i]: it returns the tags of the words found in it, and the index of
// the space, tab or newline that ends it, or len(s). No word holds a
// space (see wordIndex.add), so only a byte outside the words (column 0)
// is tested for one.
func (m *wordMachine) wordTags(s string, i int) (uint8, int) {
	var tags uint8
	next, class := m.next, &m.class
	row := 0
	for ; i < len(s); i++ {
		k := class[s[i]]
		if k == 0 && isValueSpace(s[i]) {
			break
		}
		step := next[row+int(k)]
		row = int(step >> stepShift)
		tags |= uint8(step)
		if step&stepWhole != 0 {
			tags |= m.wholeTags(s, row/m.width, i+1)
		}
	}
	return tags, i
}

// wholeTags returns the tags of the whole-part words of state st that
// end at s[end] and stand between separators or the ends of s.
func (m *wordMachine) wholeTags(s string, st, end int) uint8 {
	var tags uint8
	for _, e := range m.wholes[st] {
		if wholePartString(s, end-len(e.word), end) {
			tags |= e.tag
		}
	}
	return tags
}

// words returns the words of the index, group by group.
func (x *wordIndex) words() []indexedWord {
	var out []indexedWord
	for c := range x.groups {
		for _, g := range x.groups[c] {
			out = append(out, g...)
		}
	}
	return out
}
