package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A list item may hold a list of its own: "Buying options:" and under it
// the shops, "Examples:" and under it the examples. Block.Items keeps
// every item of every level, in reading order, each as an item of its
// own, so that no sub-item is glued to the words of its parent; and
// Block.Depths says how deep each one sits (0 for the outer list), so
// that a renderer can indent them. Article.Text writes each item on a
// line of its own, as it does for a flat list. A list written straight
// inside another one (<ul><li>…</li><ul>…</ul></ul>, which browsers show
// as a sub-list) is read the same way.
//
// A definition list (<dl>) is not read as a list: on the pages measured,
// most definition lists inside a container are a poster's or a product's
// facts ("Joined", "Messages"), which the body leaves out.

// maxListDepth is the deepest nesting read as items of their own; the
// lists below it are read as the text of their item.
const maxListDepth = 8

// listReader gathers the items of a list and of the lists it holds.
type listReader struct {
	items  []string
	depths []int
	nested bool // some item sits below depth 0
}

// nestedListItems returns the items of the list n and of the lists
// nested in it, in reading order, with the depth of each; depths is nil
// when every item is at depth 0.
func nestedListItems(n *html.Node) (items []string, depths []int) {
	var r listReader
	r.list(n, 0)
	if !r.nested {
		return r.items, nil
	}
	return r.items, r.depths
}

// add keeps the item t at depth d.
func (r *listReader) add(t string, d int) {
	if t == "" {
		return
	}
	r.items = append(r.items, t)
	r.depths = append(r.depths, d)
	r.nested = r.nested || d > 0
}

// list reads the items of the <ul> or <ol> n at depth d, and the lists
// written straight inside it one level deeper. Words written straight
// inside the list, outside any item, are read as an item, as a browser
// shows them; items wrapped in a <div> are items of the list; other
// elements there (a heading, a form) are not items.
func (r *listReader) list(n *html.Node, d int) {
	var b strings.Builder
	r.listBody(&b, n, d)
	r.flush(&b, d)
}

// listBody reads the children of n, a list or a <div> inside one, as
// items at depth d, gathering loose words in b.
func (r *listReader) listBody(b *strings.Builder, n *html.Node, d int) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type != html.ElementNode:
			writeText(b, ch, false)
		case isHidden(ch) || textless(ch):
		case ch.DataAtom == atom.Li:
			r.flush(b, d)
			r.item(ch, d)
		case subList(ch) && d < maxListDepth && !choiceList(ch):
			r.flush(b, d)
			r.list(ch, d+1)
		case ch.DataAtom == atom.Div:
			r.flush(b, d)
			r.listBody(b, ch, d)
			r.flush(b, d)
		case inlineSet.has(ch.DataAtom):
			writeText(b, ch, false)
		}
	}
}

// flush keeps the text gathered in b as an item at depth d.
func (r *listReader) flush(b *strings.Builder, d int) {
	if b.Len() > 0 {
		r.add(CleanText(b.String()), d)
		b.Reset()
	}
}

// item reads the list item li at depth d: its own words, and the items
// of the lists it holds one level deeper, in reading order; words after
// a sub-list make an item of their own.
func (r *listReader) item(li *html.Node, d int) {
	if d >= maxListDepth {
		r.add(nodeText(li), d)
		return
	}
	var b strings.Builder
	r.itemText(&b, li, d)
	r.flush(&b, d)
}

// itemText writes to b the words of n, part of an item at depth d, and
// reads the lists it holds as items one level deeper.
func (r *listReader) itemText(b *strings.Builder, n *html.Node, d int) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type != html.ElementNode:
			writeText(b, ch, false)
		case isHidden(ch) || textless(ch):
		case subList(ch):
			r.flush(b, d)
			r.list(ch, d+1)
		case holdsSubList(ch):
			b.WriteByte(' ')
			r.itemText(b, ch, d)
			b.WriteByte(' ')
		default:
			writeText(b, ch, false)
		}
	}
}

// choiceList reports whether the list n holds check boxes or radio
// buttons: it is a form's choices (chapters of a report to buy, filters),
// not text, when it is written straight inside another list.
func choiceList(n *html.Node) bool {
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == atom.Input {
			if t := strings.ToLower(Attr(d, "type")); t == "checkbox" || t == "radio" {
				return true
			}
		}
	}
	return false
}

// subList reports whether n is a bulleted or numbered list.
func subList(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol)
}

// holdsSubList reports whether the element n, not itself a list, holds
// one.
func holdsSubList(n *html.Node) bool {
	if n.FirstChild == nil || inlineSet.has(n.DataAtom) && n.DataAtom != atom.Span {
		return false
	}
	for d := range descendants(n) {
		if subList(d) {
			return true
		}
	}
	return false
}

// itemParagraph reports whether n is the one paragraph of a list item
// (<li><p>…</p></li>), as many editors write every item: its words are
// the item's, and weigh as a list item's do (see runScore). A card in a
// list, with a name, a line or two and a price, is not such an item.
func itemParagraph(n *html.Node) bool {
	return n.DataAtom == atom.P && n.Parent != nil && n.Parent.DataAtom == atom.Li && soleElement(n.Parent) == n
}
