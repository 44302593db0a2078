package article

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// After an article, many templates list other posts of the site: a run
// of alike boxes, each a linked title (or a linked picture) and a short
// excerpt. Taken one by one they read as prose, so the prose test keeps
// them; as a run, they are a teaser list, left out of an article's body.
// Lists of cards that are the page's content are read by prunedCard, not
// here.

// Bounds of the teaser test.
const (
	// minTeasers is the number of alike sibling teasers that make a run.
	minTeasers = 3
	// maxTeaserBox is the most text, in non-space bytes, of a teaser.
	maxTeaserBox = 600
	// teaserLead is how many times the text of a run of teasers the body
	// read before it must hold: teasers come after the article, and a
	// list of them read first is the page's content.
	teaserLead = 2
	// maxTeaserRuns is the most runs of teasers in an article: a page
	// with more is a listing, its teasers the content.
	maxTeaserRuns = 2
	// minExcerpt is the least text, in non-space bytes, outside links in
	// a teaser: its excerpt.
	minExcerpt = 40
)

// teaserRun reports whether the element of in is a teaser in a run of
// minTeasers or more alike teasers, after before() bytes of body text
// (teaserLead times the run's, or minCutBefore when the excerpts are cut,
// see cutTeasers); tc caches the answer per parent. An element whose
// visible text is already longer than a teaser is none: teaserSize,
// which counts all of its text, would find it too long.
func teaserRun(in *nodeInfo, before func() int, tc *teaserCache) bool {
	n := in.node
	if !teaserShaped(in) {
		return false
	}
	if run, ok := tc.runs[n.Parent]; ok && !run || tc.size(n) == 0 {
		return false
	} else if ok {
		return run
	}
	count, size := tc.alikeTeasers(n)
	run := tc.enough(n, count) && (size*teaserLead <= before() || before() >= minCutBefore && tc.cutTeasers(n))
	tc.runs[n.Parent] = run
	if run {
		tc.keys[teaserKey(n)] = true
	}
	return run
}

// teaserCache is what the teaser tests remember of one page: whether the
// children of a parent are a run of teasers (see teaserRun), and the
// teaserSize of each element measured, which the count of runs
// (teaserRuns), the body walk and the runs of siblings (alikeTeasers)
// ask of the same elements.
type teaserCache struct {
	runs  map[*html.Node]bool
	sizes map[*html.Node]int
	// keys are the teaserKey of the runs found so far, see enough.
	keys map[string]bool
}

// size returns teaserSize(n), measured once per element.
func (tc *teaserCache) size(n *html.Node) int {
	if !teaserKind(n) {
		return 0
	}
	k, ok := tc.sizes[n]
	if !ok {
		k = teaserSize(n)
		tc.sizes[n] = k
	}
	return k
}

// alikeTeasers returns how many siblings of the teaser n, n included, are
// teasers of its kind and first class, and their text in non-space bytes.
func (tc *teaserCache) alikeTeasers(n *html.Node) (count, size int) {
	for sib := range alikeSiblings(n) {
		if k := tc.size(sib); k > 0 {
			count, size = count+1, size+k
		}
	}
	return count, size
}

// alikeSiblings yields the siblings of n, n included, of its element and
// first class.
func alikeSiblings(n *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		key := teaserKey(n)
		for sib := n.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
			if sib.Type == html.ElementNode && sib.DataAtom == n.DataAtom && teaserKey(sib) == key && !yield(sib) {
				return
			}
		}
	}
}

// teaserRuns returns how many elements inside the container of index
// root hold a run of teasers: a page of them is a listing, not an
// article followed by teasers. The sizes it measures go to tc.
func (s *pageStats) teaserRuns(root int, tc *teaserCache) int {
	seen := map[*html.Node]bool{}
	runs := 0
	for i := root + 1; i < int(s.infos[root].end); i++ {
		n := s.infos[i].node
		if !teaserShaped(&s.infos[i]) || seen[n.Parent] || tc.size(n) == 0 {
			continue
		}
		seen[n.Parent] = true
		if count, _ := tc.alikeTeasers(n); count >= minTeasers {
			runs++
		}
	}
	return runs
}

// newTeaserCache returns the cache of teaserRun for the body walk of the
// container of index root on a page of type typ, or nil when teasers are
// kept: on pages other than articles, and on listings.
func (s *pageStats) newTeaserCache(root int, typ string) *teaserCache {
	if typ != PageTypeArticle {
		return nil
	}
	tc := &teaserCache{sizes: map[*html.Node]int{}}
	if s.teaserRuns(root, tc) > maxTeaserRuns {
		return nil
	}
	tc.runs = map[*html.Node]bool{}
	tc.keys = map[string]bool{}
	return tc
}

// teaserKey is the first class name of n: alike teasers share it, while
// the rest of their classes may name each post.
func teaserKey(n *html.Node) string {
	class, _, _ := strings.Cut(strings.TrimSpace(Attr(n, "class")), " ")
	return class
}

// teaserSize returns the text, in non-space bytes, of n when it is a box
// presenting another page: a heading holding a link, an excerpt outside
// links, and little text in all; otherwise 0.
func teaserSize(n *html.Node) int {
	if !teaserKind(n) {
		return 0
	}
	titled, text, linked := false, 0, 0
	for d := range descendants(n) {
		switch {
		case d.Type == html.TextNode:
			k := nonSpaceBytesOver(d.Data, maxTeaserBox-text)
			text += k
			if inLink(d, n) {
				linked += k
			}
		case d.Type == html.ElementNode && !titled:
			titled = titleLink(d)
		}
		if text > maxTeaserBox {
			return 0
		}
	}
	if !titled || text-linked < minExcerpt {
		return 0
	}
	return text
}

// teaserKind reports whether n is of a kind of element that sets a
// teaser.
func teaserKind(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Li, atom.Section:
		return true
	}
	return false
}

// titleLink reports whether d is a heading, or a div, p or span whose
// class names a title (see titleClass), holding a link to another page,
// or whether d is a link to another page holding a picture.
func titleLink(d *html.Node) bool {
	want := atom.A
	switch d.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	case atom.Div, atom.P, atom.Span:
		if !titleClass(d) {
			return false
		}
	case atom.A:
		if !pageLink(Attr(d, "href")) {
			return false
		}
		want = atom.Img
	default:
		return false
	}
	for e := range descendants(d) {
		if e.Type == html.ElementNode && e.DataAtom == want && (want == atom.Img || pageLink(Attr(e, "href"))) {
			return true
		}
	}
	return false
}

// inLink reports whether d sits in a link below top.
func inLink(d, top *html.Node) bool {
	for p := d.Parent; p != nil && p != top; p = p.Parent {
		if p.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// pageLink reports whether href leads to another page, not to a place
// in this one (an accordion's or a tab's toggle) or to a script.
func pageLink(href string) bool {
	href = strings.TrimSpace(href)
	return href != "" && href[0] != '#' && !hasLowerPrefix(href, "javascript:")
}

// hasLowerPrefix reports whether strings.ToLower(s) starts with p, which
// is lower-case ASCII, lower-casing only the runes it compares.
func hasLowerPrefix(s, p string) bool {
	for i := 0; i < len(p); i++ {
		r, w := utf8.DecodeRuneInString(s)
		if unicode.ToLower(r) != rune(p[i]) {
			return false
		}
		s = s[w:]
	}
	return true
}

// teaserShaped reports whether the element of in may be a teaser of a run:
// little visible text, a parent, and a class.
func teaserShaped(in *nodeInfo) bool {
	return in.text <= maxTeaserBox && in.node.Parent != nil && teaserKey(in.node) != ""
}
