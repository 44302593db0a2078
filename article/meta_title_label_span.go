package article

import (
	"strings"

	"golang.org/x/net/html"
)

// This file reads the headline of a page whose <h1> starts with a label
// set in an element of its own ("<span class=label>News</span> Cameras
// are back"), a forum thread's prefix or a story's kicker, when the
// JSON-LD headline gives the headline without it.

// maxLabelSpanWords is the most words of a label printed before a
// headline in its <h1>.
const maxLabelSpanWords = 3

// labelSpanTitle returns the JSON-LD headline and the <h1> it heads when
// the first <h1> with text prints a label element, then that headline of
// three words or more, and another metadata title sets the label off
// with a separator ("Player - Squad for the season").
func (ts *titleSources) labelSpanTitle(h1s []posNode) (h1Choice, bool) {
	if len(ts.ld) == 0 {
		return h1Choice{}, false
	}
	for i := range h1s {
		n := h1s[i].n
		lead, text := leadingElement(wrappedContent(n))
		if lead == nil {
			if text {
				return h1Choice{}, false
			}
			continue
		}
		label := titleKey(nodeText(lead))
		if label == "" || strings.Count(label, " ") >= maxLabelSpanWords {
			return h1Choice{}, false
		}
		lk := titleKey(ts.ld[0])
		if strings.Count(lk, " ") >= 2 && titleKey(headingText(n)) == label+" "+lk && ts.setsOffLabel(label, lk) {
			return h1Choice{ts.ld[0], &h1s[i]}, true
		}
		return h1Choice{}, false
	}
	return h1Choice{}, false
}

// leadingElement returns the first element child of n that holds text
// when no text of n comes before it; text says whether n holds any text.
func leadingElement(n *html.Node) (lead *html.Node, text bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil, true
		case c.Type == html.ElementNode && holdsText(c):
			return c, true
		}
	}
	return nil, false
}

// maxWrapDepth is how many elements that wrap the whole content of an
// <h1> (a link around its text) are stepped into.
const maxWrapDepth = 3

// wrappedContent returns the element that holds the text of n: n, or the
// element wrapping all of n's text, a link most often ("<h1><a href>
// <span class=label>News</span> Cameras are back</a></h1>").
func wrappedContent(n *html.Node) *html.Node {
	for range maxWrapDepth {
		lead, _ := leadingElement(n)
		if lead == nil || holdsTextAfter(lead) {
			return n
		}
		n = lead
	}
	return n
}

// holdsTextAfter reports whether a sibling after n holds text.
func holdsTextAfter(n *html.Node) bool { return textFrom(n.NextSibling) }

// holdsText reports whether a text node under n has more than spaces.
func holdsText(n *html.Node) bool { return textFrom(n.FirstChild) }

// textFrom reports whether c or a sibling after it holds text but spaces.
func textFrom(c *html.Node) bool {
	for ; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" ||
			c.Type == html.ElementNode && holdsText(c) {
			return true
		}
	}
	return false
}

// setsOffLabel reports whether a title of the OpenGraph, Twitter or page
// metadata starts with the label key label, a separator, then the title
// key lk.
func (ts *titleSources) setsOffLabel(label, lk string) bool {
	for _, l := range [][]string{ts.og, ts.twitter, ts.page} {
		for _, m := range l {
			first, rest := splitFirst(m)
			if rest != "" && titleKey(first) == label && prefixWords(titleKey(rest), lk) {
				return true
			}
		}
	}
	return false
}

// holdsWords reports whether the title key k holds the words of the title
// key p in a row.
func holdsWords(k, p string) bool {
	return strings.Contains(" "+k+" ", " "+p+" ")
}

// prefixWords reports whether the title key k starts with the words of
// the title key p.
func prefixWords(k, p string) bool {
	return strings.HasPrefix(k, p) && (len(k) == len(p) || k[len(p)] == ' ')
}
