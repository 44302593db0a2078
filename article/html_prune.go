package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pruning decides, element by element inside the article container, what
// is page furniture rather than article: hidden elements, elements whose
// kind or class says boilerplate (unless they hold much of the prose),
// link lists, and blocks of short labels. Elements that may hold an
// embedded post are kept so that the node extractors see them; in
// boilerplate, they are only offered to the extractors (a share box
// around a post), their text left out.

// boilerShare is the share of the container's prose above which an
// element marked as boilerplate is walked anyway: a template that calls
// the article itself "post-sidebar-layout" must not lose it.
const boilerShare = 0.5

// lookup returns the info of n, searching forward from the last one
// found (the walks visit elements in document order), or nil when n is
// not known (an element added after the stats pass).
func (s *pageStats) lookup(n *html.Node) *nodeInfo {
	if i := s.lookupIndex(n); i >= 0 {
		return &s.infos[i]
	}
	return nil
}

// lookupIndex is lookup returning the index of the info, or -1.
func (s *pageStats) lookupIndex(n *html.Node) int {
	for i := s.cursor; i < len(s.infos); i++ {
		if s.infos[i].node == n {
			s.cursor = i + 1
			return i
		}
	}
	return -1
}

// lastLookedUp returns the index of the info of n when n is the element
// the walk looked up last (the one before the cursor), or -1.
func (s *pageStats) lastLookedUp(n *html.Node) int {
	if i := s.cursor - 1; i >= 0 && i < len(s.infos) && s.infos[i].node == n {
		return i
	}
	return -1
}

// skipInfo moves the lookup past the subtree of in.
func (s *pageStats) skipInfo(in *nodeInfo) {
	if in != nil {
		s.cursor = max(s.cursor, int(in.end))
	}
}

// pruned reports whether the block element of info in, inside the
// container of info root, is left out of the body. holdsStart says
// whether it holds the container's first prose: a boilerplate element
// that does, and holds much of the prose, is the article's own wrapper.
func pruned(in, root *nodeInfo, holdsStart bool) bool {
	switch {
	case in.flags&infoHidden != 0:
		return true
	case in.flags&infoBoiler != 0 && proseAside(in):
		return false
	case in.flags&infoBoiler != 0:
		return !holdsStart || float32(in.good) <= boilerShare*float32(root.good)
	case in.flags&infoEmbed != 0:
		return false
	case in.links*2 > in.text:
		return (in.text-in.links < minProseInLinks || in.good == 0) && !linkedHeading(in) && !introducedList(in.node)
	}
	return in.good == 0 && in.score < 0 && !keptShort(in.node.DataAtom) && !wrapsDataTable(in.node) && !wrapsKeptBlock(in.node)
}

// maxLinkedHeading is the longest text, in non-space bytes, of a
// sub-heading that is a link.
const maxLinkedHeading = 120

// linkedHeading reports whether in is a sub-heading whose text is a link,
// or a short block that such a heading opens (<div class="title"><h3><a>,
// then the date): in a list of places, products or posts, each heading may
// link to the one it presents. A link list's labels are pruned with the
// list.
func linkedHeading(in *nodeInfo) bool {
	if in.text > maxLinkedHeading {
		return false
	}
	if subHeading(in.node) {
		return true
	}
	if in.node.DataAtom != atom.Div {
		return false
	}
	h := firstElement(in.node)
	return h != nil && subHeading(h)
}

// subHeading reports whether n is a heading below the first level.
func subHeading(n *html.Node) bool {
	return isHeadingElement(n) && n.DataAtom != atom.H1
}

// keptShort reports whether elements of kind a are kept even when their
// text is short: headings, lists, tables and paragraphs, and the question
// of an accordion.
func keptShort(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol,
		atom.Dl, atom.Table, atom.Li, atom.Pre, atom.Blockquote, atom.P, atom.Figure,
		atom.Button: // an accordion's question, the only button walked
		return true
	}
	return false
}

// boilerInline reports whether an inline element's class says it holds
// boilerplate: a screen-reader label, a photo credit, a share link.
func boilerInline(n *html.Node) bool {
	if len(n.Attr) == 0 {
		return false
	}
	return classWeight(n) == -2
}
