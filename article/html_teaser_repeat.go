package article

import "golang.org/x/net/html"

// A template that lists other posts in one box often lists more in the
// next, in the same teaser boxes: once a run of them is found, a later
// list of the same boxes is one too with fewer of them, since one of its
// teasers may carry a longer excerpt than a teaser's.

// minRepeatTeasers is the number of alike teasers that make a run when
// a run of their kind was found before on the page.
const minRepeatTeasers = 2

// enough reports whether count alike teasers like n make a run: n's kind
// of box already made one on the page, or there are minTeasers.
func (tc *teaserCache) enough(n *html.Node, count int) bool {
	return count >= minTeasers || count >= minRepeatTeasers && tc.keys[teaserKey(n)]
}
