package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An <aside> is furniture most of the time: a share bar, a newsletter
// box, links to other stories. Inside an article, some templates also set
// running prose in one: a box of further reading written as paragraphs, a
// note that goes deeper into a point. Such an aside, long and nearly all
// prose with few links, is part of the text. So is a header (a <header>,
// or an element whose class says header) that holds the article's
// introduction, paragraphs of prose before the first item of a list. The test is on the
// text alone, not on class words, which often just repeat "aside".

// Thresholds of the prose aside, in non-space bytes.
const (
	// minAsideProse is the least prose an aside holds to be part of the
	// text; an author's short biography or a caption holds less.
	minAsideProse = 600
	// asideProseShare is the least share of an aside's text that is
	// prose outside links, in percent.
	asideProseShare = 80
)

// proseAside reports whether in is an <aside> or a header that holds
// running prose: minAsideProse bytes or more, asideProseShare percent of
// its text.
func proseAside(in *nodeInfo) bool {
	return in.good >= minAsideProse && 100*int64(in.good) >= asideProseShare*int64(in.text) &&
		(in.node.DataAtom == atom.Aside || headerLike(in.node))
}

// headerLike reports whether n is a <header> or its class names a header
// ("listicle-header"): an article's header may hold its introduction,
// paragraphs of prose before the first item of a list.
func headerLike(n *html.Node) bool {
	return n.DataAtom == atom.Header || strings.Contains(strings.ToLower(Attr(n, "class")), "header")
}
