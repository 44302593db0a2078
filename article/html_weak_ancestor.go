package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// On a page that offers something (a service's features, a list of
// offers) and declares no type, without a <main> element or a list of
// cards, the prose scoring may settle on one short paragraph: the rest of
// the content is headings and short lines that read as labels. The
// content is then the widest element around that container in which page
// furniture (a navigation, a page header, a footer, a side column) holds
// at most half the text: the page's content column, read whole.

// A page read whole that has no <main> element is read, in the same way,
// from its content column when the container is one section of it (a
// service's questions and answers below its features): see
// columnWithoutLandmark.

// furnitureShare is the share of its text that page furniture may hold
// in the content column.
const furnitureShare = 0.5

// weakAncestor returns the widest ancestor of the container root, below
// <body>, in which page furniture holds at most furnitureShare of the
// text, when root holds too little text outside links to be the page's
// content and that ancestor holds much more, else -1.
func (s *pageStats) weakAncestor(root int) int {
	t := s.outsideLinks(root)
	if t >= tinyRoot {
		return -1
	}
	best := s.contentColumn(root)
	if best < 0 || s.outsideLinks(best) < max(tinyGain*t, minRegion) {
		return -1
	}
	return best
}

// contentColumn returns the widest ancestor of the container root, below
// <body>, in which page furniture holds at most furnitureShare of the
// text, or -1.
func (s *pageStats) contentColumn(root int) int {
	best, furn := -1, float32(0)
	for a, child := s.parentIndex(root), root; a > 0; a, child = s.parentIndex(a), a {
		furn += s.furnitureText(a, child)
		if stopsWidening(s.infos[a].node) || furn > furnitureShare*float32(s.infos[a].text) {
			break
		}
		best = a
	}
	return best
}

// columnWithoutLandmark returns the content column around the container
// root (see contentColumn) when the page has no <main> element and the
// column holds wholeGain times more text outside links than root, else
// -1: the column then stands in for the missing landmark.
func (s *pageStats) columnWithoutLandmark(root int) int {
	if s.mainLandmark() >= 0 {
		return -1
	}
	col := s.contentColumn(root)
	if col < 0 || s.outsideLinks(col) < wholeGain*s.outsideLinks(root) {
		return -1
	}
	return col
}

// stopsWidening reports whether n is an element the content column never
// is: the page's body or root, or furniture itself.
func stopsWidening(n *html.Node) bool {
	return n.DataAtom == atom.Body || n.DataAtom == atom.Html || furniture(n)
}

// furnitureText returns the text of infos[i] inside page furniture or a
// page header below it, outside the subtree of its child infos[skip],
// whose furniture is counted already.
func (s *pageStats) furnitureText(i, skip int) float32 {
	var t int32
	for j := i + 1; j < int(s.infos[i].end); j++ {
		n := s.infos[j].node
		switch {
		case j == skip:
			j = int(s.infos[j].end) - 1
		case furniture(n) || n.DataAtom == atom.Header && n.Type == html.ElementNode:
			t += s.infos[j].text
			j = int(s.infos[j].end) - 1
		}
	}
	return float32(t)
}
