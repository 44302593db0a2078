package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The article container is the element whose subtree scores best: the
// score of a subtree is the length of its prose minus the length of its
// boilerplate (link lists, labels, and anything inside an element whose
// kind or class says boilerplate), so that the container grows to take in
// every paragraph and stops where adding more would bring more boilerplate
// than prose. See runScore and judge.

// hintShare is how close to the best score an element the page itself
// marks as the article body (itemprop=articleBody, a lone <article>) must
// come to be preferred.
const hintShare = 0.75

// cleanShare is how close to the best score the best element outside
// boilerplate regions must come to be preferred: comments can outweigh a
// short article.
const cleanShare = 0.3

// contentRoot returns the index of the info of the article container, or
// -1 when the page has no prose at all.
func (s *pageStats) contentRoot() int {
	best := s.bestOutsideFurniture()
	if best < 0 {
		return s.fallbackRoot()
	}
	if clean := s.bestScore(true, false); clean >= 0 && (s.infos[clean].score >= cleanShare*s.infos[best].score || s.headlineOverBoiler(clean, best)) {
		best = clean
	}
	if in := s.bestInLandmark(); in >= 0 && s.infos[in].score >= cleanShare*s.infos[best].score {
		best = in
	}
	if h := s.hintedRoot(best); h >= 0 {
		return h
	}
	return best
}

// bestOutsideFurniture returns the element with the best positive
// score outside the page's furniture elements (see furniture), or
// anywhere when none there has one. A footer's terms of service or a
// menu's long blurb outweighs the few lines of a product page, but is
// never its content.
func (s *pageStats) bestOutsideFurniture() int {
	if best := s.bestScore(false, true); best >= 0 {
		return best
	}
	return s.bestScore(false, false)
}

// bestScore returns the element with the best positive score, or -1.
// With outsideBoiler, elements inside boilerplate (comments, sidebars)
// are left out; with outsideFurniture, elements inside page furniture.
func (s *pageStats) bestScore(outsideBoiler, outsideFurniture bool) int {
	best, boilerEnd := -1, 0
	for i := range s.infos {
		in := &s.infos[i]
		if i < boilerEnd || outsideBoiler && in.flags&infoBoiler != 0 || outsideFurniture && furniture(in.node) {
			boilerEnd = max(boilerEnd, int(in.end))
			continue
		}
		if in.score > 0 && (best < 0 || in.score >= s.infos[best].score) {
			best = i
		}
	}
	return best
}

// bestInLandmark returns the best element inside the page's <main>, its
// itemprop=articleBody, or its only <article>, outside the boilerplate
// there, or -1.
func (s *pageStats) bestInLandmark() int {
	articles := 0
	for i := range s.infos {
		if s.infos[i].node.DataAtom == atom.Article && s.infos[i].flags&infoBoiler == 0 {
			articles++
		}
	}
	best := -1
	for i := range s.infos {
		in := &s.infos[i]
		if in.flags&infoBoiler != 0 || !landmark(in.node, articles) {
			continue
		}
		for j := i; j < int(in.end); j++ {
			if s.infos[j].flags&infoBoiler != 0 {
				j = int(s.infos[j].end) - 1 // comments or a sidebar inside the landmark
				continue
			}
			if s.infos[j].score > 0 && (best < 0 || s.infos[j].score > s.infos[best].score) {
				best = j
			}
		}
	}
	return best
}

// landmark reports whether n is the page's main content element, given
// how many <article> elements the page has.
func landmark(n *html.Node, articles int) bool {
	switch {
	case n.DataAtom == atom.Main || Attr(n, "role") == "main":
		return true
	case n.DataAtom == atom.Article:
		return articles == 1
	}
	v := Attr(n, "itemprop")
	return v == "articleBody" || v == "articlebody"
}

// fallbackRoot returns the element with the most non-link text when no
// element has prose, or -1 when there is no text.
func (s *pageStats) fallbackRoot() int {
	best := -1
	for i := range s.infos {
		in := &s.infos[i]
		if in.text-in.links <= 0 || in.flags&infoBoiler != 0 {
			continue
		}
		if best < 0 || in.text-in.links >= s.infos[best].text-s.infos[best].links {
			best = i
		}
	}
	return best
}

// hintedRoot returns an element the page marks as the article body when
// it is nested with the best one and scores nearly as well, else -1.
func (s *pageStats) hintedRoot(best int) int {
	bi := &s.infos[best]
	found := -1
	for i := range s.infos {
		in := &s.infos[i]
		if !bodyHint(in.node) || in.score < hintShare*bi.score {
			continue
		}
		if s.contains(i, best) || s.contains(best, i) {
			found = i
		}
	}
	return found
}

// contains reports whether the subtree of infos[i] holds infos[j].
func (s *pageStats) contains(i, j int) bool {
	return i <= j && j < int(s.infos[i].end)
}

// bodyHint reports whether the page marks n as its article body.
func bodyHint(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if v := Attr(n, "itemprop"); v == "articleBody" || v == "articlebody" {
		return true
	}
	return n.DataAtom == atom.Article
}

// furniture reports whether n is an element that holds page furniture
// whatever its class says: a footer, a navigation, a side column, a
// dialog or a menu.
func furniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Footer, atom.Nav, atom.Aside, atom.Dialog, atom.Menu:
		return n.Type == html.ElementNode
	}
	return false
}
