package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Documentation generators give each section of a page the slug of its
// heading as id, on the section rather than on the heading: <section
// id="cookies"><h2>Cookies</h2>. Such an id repeats the heading's text,
// like a heading's own slug (see headingSlug); "cookies" in it says
// nothing of a consent banner, nor "header" in "header-ordering" of the
// page's header.

// sectionSlug reports whether id is the slug of the text of the heading
// that opens the section element n.
func sectionSlug(n *html.Node, id string) bool {
	switch n.DataAtom {
	case atom.Section, atom.Div, atom.Article:
	default:
		return false
	}
	h := firstElement(n)
	return h != nil && headingSlug(h, id)
}

// firstElement returns the first element child of n, or nil when n has
// none or text comes first.
func firstElement(n *html.Node) *html.Node {
	return elementAcrossBlanks(n.FirstChild, func(x *html.Node) *html.Node { return x.NextSibling })
}
