package article

import (
	"iter"

	"golang.org/x/net/html"
)

// descendants yields the nodes under n in document order, as
// n.Descendants() does, without n itself. html.Node.Descendants recurses
// through two nested iterators, a few calls per node; this one follows
// the child, sibling and parent links in a loop, which the compiler
// inlines into the caller's range loop. The loop body must not move or
// remove the node it is given, nor add children to it.
func descendants(n *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		for d := n.FirstChild; d != nil; d = nextUnder(d, n) {
			if !yield(d) {
				return
			}
		}
	}
}

// nextUnder returns the node after d in document order inside top's
// subtree, or nil when d is the last one.
func nextUnder(d, top *html.Node) *html.Node {
	if d.FirstChild != nil {
		return d.FirstChild
	}
	for ; d != top; d = d.Parent {
		if d.NextSibling != nil {
			return d.NextSibling
		}
	}
	return nil
}
