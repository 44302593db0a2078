package article

// phraseSet finds whether a text contains any of a list of phrases in one
// pass over the text, where testing each phrase with strings.Contains
// reads the text once per phrase: the phrases are filed by their first
// two bytes, so that most positions of the text cost one look-up.
type phraseSet struct {
	pairs  [256][4]uint64 // the pairs of bytes that start a phrase
	byHead [256][]string  // the phrases, by first byte
}

// newPhraseSet files the phrases ps, each two bytes long at least.
func newPhraseSet(ps []string) *phraseSet {
	x := &phraseSet{}
	for _, p := range ps {
		if len(p) < 2 {
			panic("article: phrase shorter than two bytes: " + p)
		}
		x.pairs[p[0]][p[1]>>6] |= 1 << (p[1] & 63)
		x.byHead[p[0]] = append(x.byHead[p[0]], p)
	}
	return x
}

// in reports whether s contains one of the phrases of x, byte for byte,
// as strings.Contains would find it.
func (x *phraseSet) in(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		c, d := s[i], s[i+1]
		if x.pairs[c][d>>6]&(1<<(d&63)) == 0 {
			continue
		}
		for _, p := range x.byHead[c] {
			if len(s)-i >= len(p) && s[i:i+len(p)] == p {
				return true
			}
		}
	}
	return false
}
