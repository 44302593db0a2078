package article

import "golang.org/x/net/html/atom"

// atomSet is a set of element atoms read with a shift and a mask: a bit
// per atom code below atomBits, which holds every code of x/net/html's
// table, and a map for any code above (a later table may have some). The
// body walks ask several of these sets about every element of the page,
// and a map look-up costs some hundred instructions.
type atomSet struct {
	bits [atomBits / 64]uint64
	more map[atom.Atom]bool
}

// atomBits bounds the atom codes an atomSet keeps in its bits.
const atomBits = 1 << 16

// newAtomSet returns the set of the atoms that m maps to true.
func newAtomSet(m map[atom.Atom]bool) *atomSet {
	s := &atomSet{}
	for a, in := range m {
		switch {
		case !in:
		case a < atomBits:
			s.bits[a>>6] |= 1 << (a & 63)
		default:
			if s.more == nil {
				s.more = map[atom.Atom]bool{}
			}
			s.more[a] = true
		}
	}
	return s
}

// has reports whether a is in the set.
func (s *atomSet) has(a atom.Atom) bool {
	if a < atomBits {
		return s.bits[a>>6]&(1<<(a&63)) != 0
	}
	return s.more[a]
}

// The element sets of the body walks, as atomSets (the maps stay the
// definitions).
var (
	inlineSet    = newAtomSet(inlineAtoms)
	neverTextSet = newAtomSet(neverText)
	skippedSet   = newAtomSet(skipped)
)
