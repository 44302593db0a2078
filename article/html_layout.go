package article

import "golang.org/x/net/html/atom"

// Templates name their layout boxes after where they sit, not what they
// hold: the article of a page with a side column may sit in a
// "sidebar-layout" or "has-sidebar-content" box. Such a box, inside an
// element the page calls its article or main content, is recognised by
// what it holds: the beginning of that element's prose and most of it.
// Its boilerplate marks are cleared before the scores are summed.

// wrapperShare is the share of a landmark's prose that a box must hold to
// be its layout wrapper.
const wrapperShare = 0.8

// clearLayoutWrappers clears the boilerplate marks of the layout
// wrappers inside the page's landmarks (<main>, <article>,
// itemprop=articleBody) that are not boilerplate themselves.
func (s *pageStats) clearLayoutWrappers() {
	for i := range s.infos {
		in := &s.infos[i]
		if in.good == 0 || in.flags&(infoMaybeBoiler|infoSurelyBoiler) != 0 || !layoutLandmark(in) {
			continue
		}
		first := s.firstProse(i)
		if first < 0 {
			continue
		}
		for j := i + 1; j < int(in.end); j++ {
			ch := &s.infos[j]
			if float32(ch.good) < wrapperShare*float32(in.good) {
				j = int(ch.end) - 1 // neither it nor its descendants can be
				continue
			}
			if s.contains(j, first) {
				ch.flags &^= infoMaybeBoiler | infoSurelyBoiler
			}
		}
	}
}

// layoutLandmark reports whether the page calls in its article or main
// content.
func layoutLandmark(in *nodeInfo) bool {
	return in.node.DataAtom == atom.Main || bodyHint(in.node) || Attr(in.node, "role") == "main"
}

// firstProse returns the index of the first element inside the subtree
// of infos[i] whose own text is prose, or -1.
func (s *pageStats) firstProse(i int) int {
	for j := i; j < int(s.infos[i].end); j++ {
		if s.infos[j].own > 0 {
			return j
		}
	}
	return -1
}
