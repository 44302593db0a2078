package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An accordion's toggle is a button; when its text asks a question, it is
// the question of a list of questions and answers, a sub-heading of the
// article, whatever its class or id says: templates number their toggles
// "header-1", "header-2"... after the part of the accordion they are,
// words that mark page furniture elsewhere. The answer a toggle closes is
// hidden; it is text too, found by the panel the toggle names
// (aria-controls) or, when it names none, by its place right after the
// toggle.

// closedAnswer reports whether the hidden element n is the closed answer
// of an accordion whose toggle names no panel (no aria-controls): the
// element right before it is the toggle, an expandable button, or the
// heading that holds one and nothing else.
func closedAnswer(n *html.Node) bool {
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	if prev == nil {
		return false
	}
	if prev.DataAtom == atom.Button {
		return expandable(prev)
	}
	if !isHeadingElement(prev) {
		return false
	}
	b := findFirst(prev, atom.Button)
	return b != nil && soleHeadingChild(b) && Attr(b, "aria-expanded") != ""
}
