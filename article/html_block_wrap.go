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
// when a sibling wrapper of the same class wraps a paragraph of prose,
// the sign of an editor that wraps every paragraph. Measured on the wcxb
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
// for a wrapper of the same class.
const maxWrapperSiblings = 6

// proseWrapperNear reports whether a sibling of the wrapper n, of the same
// element and class, wraps a paragraph of prose: the editor wraps every
// paragraph so, and n's short one (a lead-in ending in a colon, a line
// set as a sub-heading) is part of the text.
func proseWrapperNear(n *html.Node) bool {
	class := Attr(n, "class")
	if class == "" {
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
			if s.DataAtom == n.DataAtom && Attr(s, "class") == class && sentenceParagraph(wrappedBlock(s)) {
				return true
			}
		}
	}
	return false
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
