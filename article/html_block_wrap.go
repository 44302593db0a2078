package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some editors wrap every block of the body in an element of its own: a
// <div class="paragraph"> around each <p>, a <div class="ulist"> around
// each list, two <div>s around a code listing. Such a wrapper is kept as
// the block it wraps would be, though its text is short: a list or a code
// listing always (as keptShort keeps them unwrapped); a short paragraph
// when a sibling wrapper of the same class (or, for wrappers without a
// class, of the same attributes) wraps a paragraph of prose, the sign of
// an editor that wraps every paragraph. Measured on the wcxb
// development half, keeping every wrapped short paragraph fixed as many
// pages as it broke (labels, captions and card titles in wrappers).

// maxBlockWrap is the most nested wrappers looked through.
const maxBlockWrap = 4

// wrappedBlock returns the block element that n, a <div>, wraps alone,
// through at most maxBlockWrap wrappers, or nil.
func wrappedBlock(n *html.Node) *html.Node {
	if n.DataAtom != atom.Div {
		return nil
	}
	for range maxBlockWrap {
		ch := soleElement(n)
		switch {
		case ch == nil || isHidden(ch):
			return nil
		case ch.DataAtom != atom.Div:
			return ch
		}
		n = ch
	}
	return nil
}

// wrapsKeptBlock reports whether n is a wrapper around one block that is
// kept even when its text is short: a list, a definition list, a code
// listing, or a paragraph among wrapped prose (proseWrapperNear).
func wrapsKeptBlock(n *html.Node) bool {
	b := wrappedBlock(n)
	if b == nil {
		return false
	}
	switch b.DataAtom {
	case atom.Ul, atom.Ol, atom.Dl, atom.Pre:
		return true
	case atom.P:
		return proseWrapperNear(n)
	}
	return false
}

// maxWrapperSiblings is how many element siblings each way are looked at
// for a wrapper marked alike.
const maxWrapperSiblings = 6

// proseWrapperNear reports whether a sibling of the wrapper n, of the same
// element and marked alike (see alikeWrapper), wraps a paragraph of prose:
// the editor wraps every paragraph so, and n's short one (a lead-in ending
// in a colon, a line set as a sub-heading) is part of the text. A wrapper
// with no attribute but an id is too plain to tell.
func proseWrapperNear(n *html.Node) bool {
	if nextNonID(n.Attr, 0) == len(n.Attr) {
		return false
	}
	for _, next := range []func(*html.Node) *html.Node{
		func(x *html.Node) *html.Node { return x.NextSibling },
		func(x *html.Node) *html.Node { return x.PrevSibling },
	} {
		seen := 0
		for s := next(n); s != nil && seen < maxWrapperSiblings; s = next(s) {
			if s.Type != html.ElementNode {
				continue
			}
			seen++
			if s.DataAtom == n.DataAtom && alikeWrapper(s, n) && sentenceParagraph(wrappedBlock(s)) {
				return true
			}
		}
	}
	return false
}

// alikeWrapper reports whether s is marked as the wrapper n is: with
// n's class, or, when n has none, with the same attributes but the id, in
// the same order (an editor's classless <div data-block="text">).
func alikeWrapper(s, n *html.Node) bool {
	if class := Attr(n, "class"); class != "" {
		return Attr(s, "class") == class
	}
	i, j := nextNonID(n.Attr, 0), nextNonID(s.Attr, 0)
	for i < len(n.Attr) && j < len(s.Attr) && n.Attr[i] == s.Attr[j] {
		i, j = nextNonID(n.Attr, i+1), nextNonID(s.Attr, j+1)
	}
	return i == len(n.Attr) && j == len(s.Attr)
}

// nextNonID returns the index of the first attribute from i on that is
// not an id, or len(attrs).
func nextNonID(attrs []html.Attribute, i int) int {
	for i < len(attrs) && attrs[i].Key == "id" {
		i++
	}
	return i
}

// sentenceParagraph reports whether b is a long paragraph that ends a
// sentence.
func sentenceParagraph(b *html.Node) bool {
	if b == nil || b.DataAtom != atom.P {
		return false
	}
	t := nodeText(b)
	return len(t) >= longRun && strings.ContainsRune(".!?", rune(t[len(t)-1]))
}
