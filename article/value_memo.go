package article

import "golang.org/x/net/html"

// valueMemo remembers, for one parse, what a function of a class or id
// value alone gave for each value: a page repeats the same values on many
// elements, and reading one against a vocabulary costs a pass over its
// bytes. A nil memo remembers nothing.
type valueMemo[T any] map[string]T

// of returns f(v), computing it once per value.
func (m valueMemo[T]) of(v string, f func(string) T) T {
	if m == nil {
		return f(v)
	}
	if x, ok := m[v]; ok {
		return x
	}
	x := f(v)
	m[v] = x
	return x
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
const minMemoValue = 16

// classWeightIn is classWeight with the values weighed through memo.
func classWeightIn(n *html.Node, memo valueMemo[int8]) int8 {
	if isHeadingElement(n) {
		return classWeightWithout(n, "header", memo)
	}
	return classWeightWithout(n, "", memo)
}
