package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// On a page that is not an article, the prose scoring may find no
// container worth the name: a listing whose snippets are all links, a
// product whose description is a few short lines. Its main content is
// then read in main-content mode: the page's <main> element, or its best
// list of cards, read whole, only hidden elements and sure boilerplate
// left out. Some pages are read whole inside the container found, see
// pageKind.readWhole.

// mainContent returns the container of the page's main content and
// whether it is read as a list of cards (pruning only hidden elements and
// sure boilerplate), given the container root that the prose scoring
// found, whether that is a list of cards, the page's kind and its
// metadata.
func mainContent(st *pageStats, root int, cards bool, kind pageKind, a *Article) (int, bool) {
	if r := st.weakRootRegion(root, kind.typ == PageTypeArticle || kind.article); r >= 0 {
		return r, true
	}
	if r := st.searchCopyRoot(root, kind); r >= 0 {
		return r, true
	}
	if kind.offers() && !kind.declared {
		if r := st.weakAncestor(root); r >= 0 {
			return r, true
		}
	}
	whole := kind.readWhole(a)
	if whole || !kind.declared && a.Published == nil && len(a.Authors) == 0 {
		if m := st.mainLandmark(); m >= 0 && st.contains(m, root) && st.outsideLinks(m) >= wholeGain*st.outsideLinks(root) {
			return m, true
		}
		if col := st.columnWithoutLandmark(root); col >= 0 {
			return col, true
		}
	}
	return root, cards || whole || st.cardsRoot(root, kind)
}

// weakRootRegion returns the page's main landmark or its best list of
// cards when the container root holds too little text outside links to
// be the page's content and that region holds much more text, else -1.
// On an article, the text of the landmark's boilerplate does not count:
// a short post above a long comment thread is still the content.
func (s *pageStats) weakRootRegion(root int, article bool) int {
	t := s.outsideLinks(root)
	if t >= weakRoot {
		return -1
	}
	need := weakGain * t
	if t < tinyRoot {
		need = tinyGain * t
	}
	need = max(need, minRegion)
	if m := s.mainLandmark(); m >= 0 {
		size := s.infos[m].text
		if article {
			size = s.textOutsideBoiler(m)
		}
		if size >= need {
			return m
		}
	}
	if l := s.cardRegion(); l >= 0 && s.infos[l].text >= need {
		return l
	}
	return -1
}

// wholeGain is how many times more text outside links the page's <main>
// must hold than the container, on a page read whole, to be read instead:
// the container is then one section of a page made of several (a
// service's features, then its questions and answers).
const wholeGain = 2

// outsideLinks returns the text of infos[i] outside links.
func (s *pageStats) outsideLinks(i int) int32 { return s.infos[i].text - s.infos[i].links }

// textOutsideBoiler returns the text of infos[i] that is not inside a
// boilerplate element below it (a comment thread, a sidebar).
func (s *pageStats) textOutsideBoiler(i int) int32 {
	t := s.infos[i].text
	for j := i + 1; j < int(s.infos[i].end); j++ {
		if s.infos[j].flags&infoBoiler != 0 {
			t -= s.infos[j].text
			j = int(s.infos[j].end) - 1
		}
	}
	return t
}

// Bounds of the weak container test, in non-space bytes.
const (
	// tinyRoot is the text under which the container is too small
	// when a region holds tinyGain times more.
	tinyRoot = 250
	tinyGain = 4
	weakGain = 10
	// minRegion is the least text of the region.
	minRegion = 300
	// weakRoot is the text under which the container may be too weak to
	// be the page's content, when a region holds weakGain times more.
	weakRoot = 600
)

// mainLandmark returns the index of the page's <main> element, or -1.
func (s *pageStats) mainLandmark() int {
	for i := range s.infos {
		n := s.infos[i].node
		if n.Type == html.ElementNode && (n.DataAtom == atom.Main || Attr(n, "role") == "main") && s.infos[i].flags&infoHidden == 0 {
			return i
		}
	}
	return -1
}
