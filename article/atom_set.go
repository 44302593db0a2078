package article

import "golang.org/x/net/html/atom"

// atomSet is a set of element atoms read with a shift and a mask. An atom
// of x/net/html's table is the offset of its name in the table's string
// shifted left by 8, or'ed with the name's length; the set keeps a bit
// per (offset, length) pair, offset times 32 plus length, which holds
// every name of the table, and a map for any code beyond (a later table
// may have some). The body walks ask several of these sets about every
// element of the page, and a map look-up costs some hundred instructions.
type atomSet struct {
	bits [atomBits / 64]uint64
	more map[atom.Atom]bool
}

// atomBits bounds the bit slots of an atomSet: 2,048 name offsets times
// 32 name lengths.
const atomBits = 1 << 16

// atomSlot returns the bit slot of a, and false when a's offset or length
// does not fit one.
func atomSlot(a atom.Atom) (uint32, bool) {
	off, n := uint32(a)>>8, uint32(a)&0xff
	if n >= 32 || off >= atomBits/32 {
		return 0, false
	}
	return off<<5 | n, true
}

// newAtomSet returns the set of the atoms that m maps to true.
func newAtomSet(m map[atom.Atom]bool) *atomSet {
	s := &atomSet{}
	for a, in := range m {
		if !in {
			continue
		}
		if i, ok := atomSlot(a); ok {
			s.bits[i>>6] |= 1 << (i & 63)
			continue
		}
		if s.more == nil {
			s.more = map[atom.Atom]bool{}
		}
		s.more[a] = true
	}
	return s
}

// has reports whether a is in the set.
func (s *atomSet) has(a atom.Atom) bool {
	if i, ok := atomSlot(a); ok {
		return s.bits[i>>6]&(1<<(i&63)) != 0
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
