package article

import "golang.org/x/net/html/atom"

// titleHeading returns the index of the first <h2> or <h3> whose text is
// the folded title, or -1. Templates that keep <h1> for the site's name
// or a menu's label set the headline one level down, and the standfirst
// follows it.
func (s *pageStats) titleHeading(folded string) int {
	if folded == "" {
		return -1
	}
	for i := range s.infos {
		n := s.infos[i].node
		if (n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && s.infos[i].text > 0 && foldText(nodeText(n)) == folded {
			return i
		}
	}
	return -1
}

// headerBlock reports whether in is boilerplate by its vocabulary only
// as a header block or a part of one ("article-header",
// "article-header__lead"): with "header" left out of its class and id,
// nothing names boilerplate. On an article, the standfirst search looks
// into such an element whose class names a standfirst instead of skipping
// it, as templates set the standfirst in the article's header.
func headerBlock(in *nodeInfo) bool {
	return in.flags&infoSurelyBoiler != 0 && classWeightWithout(in.node, "header", nil) >= 0
}

// headerStandfirst reports whether in, an element of a header block (see
// headerBlock) whose class names a standfirst, is one: it has a
// standfirst's size, and it holds neither a link nor a date, which a
// header's byline or dateline line ("Section • 02.02.2022") holds.
func headerStandfirst(in *nodeInfo) bool {
	if in.links > 0 {
		return false
	}
	if !sizedDespiteBoiler(in) {
		return false
	}
	_, _, _, dated := FindDate(nodeText(in.node))
	return !dated
}

// sizedDespiteBoiler reports whether in has a standfirst's size and few
// links (see standfirstSized), whatever its class says of boilerplate: a
// header or meta box is boilerplate to the body, not to its dek.
func sizedDespiteBoiler(in *nodeInfo) bool {
	cp := *in
	cp.flags &^= infoBoiler | infoSurelyBoiler
	return standfirstSized(&cp)
}
