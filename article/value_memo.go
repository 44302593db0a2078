package article

import "golang.org/x/net/html"

// valueMemo remembers, for one parse, what a function of a class or id
// value alone gave for recent values: a page repeats the same values on
// many elements, and reading one against a vocabulary costs a pass over
// its bytes. It is a direct-mapped cache: each value has one slot, chosen
// by its length and a few of its bytes, which holds the last value seen
// there and its result, so that a look-up costs a comparison of strings
// instead of the hashing of a map. Its length should be a power of two;
// an empty or nil memo remembers nothing.
type valueMemo[T any] []memoSlot[T]

// memoSlot is a value a valueMemo remembers and what it gave.
type memoSlot[T any] struct {
	value string
	set   bool
	x     T
}

// of returns f(v), computing it once per value while v keeps its slot.
func (m valueMemo[T]) of(v string, f func(string) T) T {
	if len(m) == 0 {
		return f(v)
	}
	s := &m[memoSlotOf(v)&(len(m)-1)]
	if s.set && s.value == v {
		return s.x
	}
	x := f(v)
	*s = memoSlot[T]{v, true, x}
	return x
}

// memoSlotOf mixes the length of v and three of its bytes, which tell
// apart most of the class values of a page.
func memoSlotOf(v string) int {
	h := uint(len(v)) * 0x9e3779b1
	if len(v) > 0 {
		h ^= uint(v[0]) ^ uint(v[len(v)-1])<<5 ^ uint(v[len(v)/2])<<10
	}
	return int(h ^ h>>16)
}

// ofAttr returns f(v) for the value v of the attribute key, remembering
// class values of minMemoValue bytes or more only: an id names one
// element, and a short value costs less to read again than to remember.
func (m valueMemo[T]) ofAttr(key, v string, f func(string) T) T {
	if key != "class" || len(v) < minMemoValue {
		return f(v)
	}
	return m.of(v, f)
}

// minMemoValue is the length from which a class value is remembered.
const minMemoValue = 8

// classWeightIn is classWeight with the values weighed through memo.
func classWeightIn(n *html.Node, memo valueMemo[int8]) int8 {
	if isHeadingElement(n) {
		return classWeightWithout(n, "header", memo)
	}
	return classWeightWithout(n, "", memo)
}
