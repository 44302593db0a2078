package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Editors leave empty paragraphs between a box's label and its list: a
// "<p>&nbsp;</p>" or a paragraph holding only a zero-width joiner, which
// the page shows as a blank line. They part nothing, so the list after
// them still follows its label.

// maxSpacers is how many empty elements may stand between a label and
// its list.
const maxSpacers = 2

// nextAfterSpacers returns the element after n among its siblings, past
// at most maxSpacers empty paragraphs, or nil.
func nextAfterSpacers(n *html.Node) *html.Node {
	next := nextSiblingElement(n)
	for i := 0; i < maxSpacers && spacer(next); i++ {
		next = nextSiblingElement(next)
	}
	return next
}

// spacer reports whether n is a paragraph or a line break that shows no
// text (spaces, no-break spaces and zero-width characters aside) and holds
// no image or other element but line breaks.
func spacer(n *html.Node) bool {
	if n == nil {
		return false
	}
	switch n.DataAtom {
	case atom.Br:
		return true
	case atom.P:
	default:
		return false
	}
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom != atom.Br {
			return false
		}
	}
	t, ok := cappedText(n, 8)
	return ok && onlySpaces(t)
}
