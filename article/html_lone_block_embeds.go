package article

import "golang.org/x/net/html/atom"

// maxEmbedSiblings is the most elements on each side of a one-block
// article that loneBlockEmbeds keeps.
const maxEmbedSiblings = 12

// loneBlockEmbeds returns the elements next to the article read, root,
// that hold its player or post, when root is a lone paragraph or list: a
// short story whose video, set in its own element before or after the
// text, left the container pick with the text alone. They are the
// siblings of root in its parent, from the last one with prose before
// it to the first one with prose after it, that hold embed markup,
// little text (see maxPlaceholderText) and no boilerplate; before and
// after are in document order. Only these are offered to the node
// extractors, so nothing else around the text is read.
func (s *pageStats) loneBlockEmbeds(root int) (before, after []int) {
	switch s.infos[root].node.DataAtom {
	case atom.P, atom.Ul, atom.Ol:
	default:
		return nil, nil
	}
	p := s.parentIndex(root)
	if p < 0 {
		return nil, nil
	}
	end := int(s.infos[p].end)
	for j := p + 1; j < end; j = int(s.infos[j].end) {
		in := &s.infos[j]
		switch {
		case j == root:
		case in.good > 0 && j < root:
			before = before[:0]
		case in.good > 0:
			return before, after
		case !embedHolder(in):
		case j < root:
			before = append(before, j)
		case len(after) < maxEmbedSiblings:
			after = append(after, j)
		}
	}
	return before[max(0, len(before)-maxEmbedSiblings):], after
}

// embedHolder reports whether in holds embed markup, little text and
// no boilerplate.
func embedHolder(in *nodeInfo) bool {
	return in.visibleEmbed() && in.flags&(infoBoiler|infoSurelyBoiler) == 0 && in.text <= maxPlaceholderText
}

// visibleEmbed reports whether in holds embed markup and is not hidden.
func (in *nodeInfo) visibleEmbed() bool {
	return in.flags&(infoEmbed|infoHidden) == infoEmbed
}

// offerAll offers the elements of the infos at indexes is to the node
// extractors.
func (w *bodyWalker) offerAll(is []int) {
	for _, i := range is {
		w.offer(w.st.infos[i].node, 1)
	}
}
