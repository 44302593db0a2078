package article

import (
	"strings"

	"golang.org/x/net/html"
)

// Some pages print under the headline, inside its <h1>, a line of their
// own: the day, the categories, a release number ("<h1>Title<br><small>
// 02.02.2022 • News</small></h1>"). The headline is the <h1> without it,
// when a metadata title gives it so.

// minTrailerHeadWords is the fewest words of a headline a trailer
// follows.
const minTrailerHeadWords = 3

// dropTrailer returns the headline of an <h1> that ends with a line set
// apart (see trailerHeadline) when the title t is that headline and the
// line, and a metadata title is the headline alone; else t.
func (ts *titleSources) dropTrailer(t string, h1s []posNode) string {
	k := titleKey(t)
	for i := range min(len(h1s), maxKickerH1s) {
		head, ok := trailerHeadline(h1s[i].n)
		if !ok {
			continue
		}
		if hk := titleKey(head); strings.HasPrefix(k, hk+" ") && ts.givesTitle(hk) {
			return head
		}
	}
	return t
}

// givesTitle reports whether a metadata title, cut of the site's name, has
// the title key k.
func (ts *titleSources) givesTitle(k string) bool {
	for _, m := range ts.all() {
		if titleKey(ts.clean(m)) == k {
			return true
		}
	}
	return false
}

// trailerHeadline returns the text of the <h1> n before its last element
// that holds text, when nothing follows that element and it is set apart
// as a line of its own (see isKicker and setOff), and that text has
// minTrailerHeadWords words or more.
func trailerHeadline(n *html.Node) (string, bool) {
	if inChrome(n) {
		return "", false
	}
	trail := lastTextElement(n)
	if trail == nil || !isKicker(trail) && !setOff(trail) {
		return "", false
	}
	head := strings.TrimRightFunc(siblingsText(n.FirstChild, trail), isKickerMark)
	if len(strings.Fields(titleKey(head))) < minTrailerHeadWords {
		return "", false
	}
	return head, true
}

// lastTextElement returns the last child of n that holds text when it is
// an element, else nil.
func lastTextElement(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		case c.Type == html.ElementNode && holdsText(c):
			return c
		}
	}
	return nil
}

// setOff reports whether the element before n, spaces skipped, is a line
// break or holds only a separator.
func setOff(n *html.Node) bool {
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	return separatorElement(prev)
}
