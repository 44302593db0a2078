package article

import "golang.org/x/net/html/atom"

// Some articles are split in alike boxes, one per item they review or
// compare (a profile per company, a card per product), each long enough
// to be taken for the article by the prose scoring. When the container
// found is one such box among several alike siblings that each hold a
// fair part of its prose, the article is their parent: its boilerplate
// (the link lists between the boxes) is pruned as anywhere else.

// Bounds of the split-article test.
const (
	// minSections is the number of alike boxes, the container included,
	// that split an article.
	minSections = 3
	// sectionShare is the share of the container's prose that each of
	// the other boxes must hold.
	sectionShare = 0.25
	// sectionGain is how many times the container's prose the parent
	// must hold.
	sectionGain = 2
)

// sectionsParent returns the index of the info of the parent of the
// container root when root is one of several alike boxes that split the
// article, else -1. Small boxes are cards, see cardList.
func (s *pageStats) sectionsParent(root int) int {
	in := &s.infos[root]
	if in.text <= maxCardText || in.node.DataAtom == atom.P {
		return -1
	}
	p := s.parentIndex(root)
	if p < 0 || s.infos[p].good < sectionGain*in.good {
		return -1
	}
	count := 0
	for j := p + 1; j < int(s.infos[p].end); j = int(s.infos[j].end) {
		if s.alikeSection(j, root) {
			count++
		}
	}
	if count < minSections {
		return -1
	}
	return p
}

// alikeSection reports whether infos[j] is a box of the kind and class of
// the container root, outside boilerplate, with a fair part of its
// prose.
func (s *pageStats) alikeSection(j, root int) bool {
	a, b := &s.infos[j], &s.infos[root]
	return a.node.DataAtom == b.node.DataAtom && Attr(a.node, "class") == Attr(b.node, "class") &&
		a.flags&infoBoiler == 0 && float32(a.good) >= sectionShare*float32(b.good)
}
