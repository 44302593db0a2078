package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some pages print under the headline, inside its <h1>, a line of their
// own: the day, the categories, a release number ("<h1>Title<br><small>
// 02.02.2022 • News</small></h1>"). The headline is the <h1> without it,
// when a metadata title gives it so. A kicker that opens the <h1>
// ("Klimaschutz" before "Bohren, bis es heiß wird") is kept: where the
// newsroom prints it in its <h1> and its metadata, it is part of the
// headline as the newsroom wrote it.

// maxTrailerH1s is how many of the first <h1>s are looked at for a line
// set apart.
const maxTrailerH1s = 4

// apartClassWords name, in its class or id, an element an <h1> sets apart
// from its headline.
var apartClassWords = []string{"kicker", "dachzeile", "overline", "roofline", "topline", "eyebrow",
	"spitzmarke", "supertitle", "pretitle", "subtitle", "sub-heading", "subheading", "topic", "small"}

// minTrailerHeadWords is the fewest words of a headline a trailer
// follows.
const minTrailerHeadWords = 3

// dropTrailer returns the headline of an <h1> that ends with a line set
// apart (see trailerHeadline) when the title t is that headline and the
// line, and a metadata title is the headline alone; else t.
func (ts *titleSources) dropTrailer(t string, h1s []posNode) string {
	k := titleKey(t)
	for i := range min(len(h1s), maxTrailerH1s) {
		head, ok := trailerHeadline(h1s[i].n)
		if !ok {
			continue
		}
		if hk := titleKey(head); strings.HasPrefix(k, hk+" ") && (ts.givesTitle(hk) || ts.unsaidTrailer(h1s[i].n, hk)) {
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
// as a line of its own (see setApart and setOff), and that text has
// minTrailerHeadWords words or more.
func trailerHeadline(n *html.Node) (string, bool) {
	if inChrome(n) {
		return "", false
	}
	trail := lastTextElement(n)
	if trail == nil || !setApart(trail) && !setOff(trail) {
		return "", false
	}
	head := strings.TrimRightFunc(siblingsText(n.FirstChild, trail), isSeparatorMark)
	if len(strings.Fields(titleKey(head))) < minTrailerHeadWords {
		return "", false
	}
	return head, true
}

// lastTextElement returns the last child of n that holds text when it is
// an element, else nil.
func lastTextElement(n *html.Node) *html.Node {
	return edgeTextElement(n.LastChild, func(c *html.Node) *html.Node { return c.PrevSibling })
}

// firstTextElement returns the first child of n that holds text when it
// is an element, else nil.
func firstTextElement(n *html.Node) *html.Node {
	return edgeTextElement(n.FirstChild, func(c *html.Node) *html.Node { return c.NextSibling })
}

// edgeTextElement returns the first sibling that holds text, from c on in
// the direction next goes, when it is an element, else nil.
func edgeTextElement(c *html.Node, next func(*html.Node) *html.Node) *html.Node {
	for ; c != nil; c = next(c) {
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

// siblingsText returns the cleaned text of the siblings from from up to
// stop (nil: to the last), separated by spaces.
func siblingsText(from, stop *html.Node) string {
	var b strings.Builder
	for c := from; c != nil && c != stop; c = c.NextSibling {
		b.WriteString(" ")
		b.WriteString(nodeText(c))
	}
	return CleanText(b.String())
}

// isSeparatorMark reports whether r is a space or a mark that sets a line
// off the headline.
func isSeparatorMark(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(":|-–—·•/", r)
}

// setApart reports whether lead, an element of an <h1>, is set apart from
// the headline: a block, an element its class or id names so (apartClassWords), or
// one followed by a line break or by an element that holds only a
// separator.
func setApart(lead *html.Node) bool {
	if markedApart(lead) {
		return true
	}
	next := lead.NextSibling
	for next != nil && next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" {
		next = next.NextSibling
	}
	return separatorElement(next)
}

// separatorElement reports whether n is a line break or an element that
// holds only a separator mark, often hidden: <span
// class="visually-hidden">: </span>. Spaces alone do not set a line off.
func separatorElement(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom == atom.Br {
		return true
	}
	var b strings.Builder
	if !appendShortText(&b, n, maxSeparatorBytes) {
		return false
	}
	text := strings.TrimFunc(b.String(), unicode.IsSpace)
	return text != "" && strings.TrimFunc(text, isSeparatorMark) == ""
}

// maxSeparatorBytes is the most bytes of text of an element that holds
// only a separator.
const maxSeparatorBytes = 16

// appendShortText writes the text of n's subtree to b, hidden elements
// included (a separator is often hidden from sight), and reports whether
// it fits in limit bytes.
func appendShortText(b *strings.Builder, n *html.Node, limit int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		} else if !appendShortText(b, c, limit) {
			return false
		}
		if b.Len() > limit {
			return false
		}
	}
	return true
}

// namesApart reports whether a class or id value holds one of the
// apartClassWords.
func namesApart(v string) bool {
	return v != "" && containsAnyString(strings.ToLower(v), apartClassWords)
}
