package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Templates and editors set data tables in wrappers that let them
// scroll on small screens (<div class="table-responsive">, a block
// editor's table block, a custom-code box). A table of short cells, a
// comparison of pros and cons or of prices, has no prose, so its wrapper
// scores like a box of labels; the wrapper is kept when all it holds is
// one data table.

// maxTableWrap is how many wrappers deep a data table is looked for.
const maxTableWrap = 4

// wrapsDataTable reports whether all that n holds, through at most
// maxTableWrap wrappers with one element each, is a data table (one with
// a header row or no block inside its cells, see layoutTable).
func wrapsDataTable(n *html.Node) bool {
	t := wrappedElement(n, atom.Table, maxTableWrap)
	return t != nil && !isHidden(t) && !layoutTable(t)
}

// wrappedElement returns the first element of kind a that n holds through
// at most depth wrappers with one element each and no text, or nil.
func wrappedElement(n *html.Node, a atom.Atom, depth int) *html.Node {
	for range depth {
		if n = soleElement(n); n == nil || n.DataAtom == a {
			return n
		}
	}
	return nil
}

// soleElement returns n's one child element, leaving out styles, scripts
// and white space, or nil when n has text or more than one element.
func soleElement(n *html.Node) *html.Node {
	var one *html.Node
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode && strings.TrimSpace(ch.Data) != "":
			return nil
		case ch.Type != html.ElementNode || ch.DataAtom == atom.Style || ch.DataAtom == atom.Script:
		case one != nil:
			return nil
		default:
			one = ch
		}
	}
	return one
}
