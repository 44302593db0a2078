package article

import (
	"strings"
)

// A shop's category page often ends with a long text written for search
// engines, in an element whose class or id says so ("seo-text",
// "section-seo"): a buying guide, a history of the brand. Its prose
// outweighs the grid of products above it, which is the page's content.
// On a page of products or items, a container inside such an element
// gives way to the page's best list of cards, when that list lies outside
// it and holds a good share of its text. See searchCopyRoot.

// searchCopyWord is the class or id word of text written for search
// engines.
const searchCopyWord = "seo"

// searchCopyShare is how many times more text the element of text for
// search engines may hold than the list of cards that replaces it.
const searchCopyShare = 2

// searchCopyRoot returns the page's best list of cards when the container
// root, on a page of kind, lies inside text written for search engines
// and the list lies outside it and holds at least 1/searchCopyShare of
// its text, else -1.
func (s *pageStats) searchCopyRoot(root int, kind pageKind) int {
	if kind.typ != PageTypeCollection && kind.typ != PageTypeListing {
		return -1
	}
	seo := s.searchCopyAncestor(root)
	if seo < 0 {
		return -1
	}
	l := s.cardRegion()
	if l < 0 || s.contains(seo, l) || s.contains(l, seo) || s.infos[l].text < max(minRegion, s.infos[seo].text/searchCopyShare) {
		return -1
	}
	return l
}

// searchCopyAncestor returns root or its nearest ancestor below <body>
// whose class or id has the word searchCopyWord, or -1.
func (s *pageStats) searchCopyAncestor(root int) int {
	for a := root; a > 0; a = s.parentIndex(a) {
		n := s.infos[a].node
		if stopsWidening(n) {
			return -1
		}
		if hasSearchCopyWord(Attr(n, "class")) || hasSearchCopyWord(Attr(n, "id")) {
			return a
		}
	}
	return -1
}

// hasSearchCopyWord reports whether v, split at spaces, hyphens and
// underscores, has the word searchCopyWord in any case.
func hasSearchCopyWord(v string) bool {
	if len(v) < len(searchCopyWord) {
		return false
	}
	for _, w := range strings.FieldsFunc(v, searchCopyBreak) {
		if strings.EqualFold(w, searchCopyWord) {
			return true
		}
	}
	return false
}

// searchCopyBreak reports whether r separates the words of a class or id.
func searchCopyBreak(r rune) bool {
	return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
}
