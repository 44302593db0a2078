package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads the visible header of the article: a bounded run of
// text around the headline, where bylines and dates are printed.

// Bounds of the header scan.
const (
	headerTextsBefore = 25   // text nodes read before the headline
	headerTextsAfter  = 60   // text nodes read after it
	headerNodeText    = 300  // longest text node read for a date or byline
	headerNear        = 250  // elements between the headline and a hint that is near it
	maxHeaderNodes    = 3000 // nodes looked at before the headline
)

// headerText is one text of the header with its position.
type headerText struct {
	text string
	node *html.Node // the element around the text
	pos  int        // text nodes from the headline, negative before it
}

// headerTexts returns the short texts around the headline h1: those of its
// container before it, and those after it in document order.
func headerTexts(h1 *html.Node) []headerText {
	var out []headerText
	if box := headerBox(h1); box != nil {
		var before []headerText
		seen := 0
		for n := range box.Descendants() {
			if seen++; n == h1 || seen > maxHeaderNodes {
				break
			}
			if t, ok := shortText(n); ok {
				before = append(before, headerText{text: t, node: n.Parent})
			}
		}
		if len(before) > headerTextsBefore {
			before = before[len(before)-headerTextsBefore:]
		}
		for i := range before {
			before[i].pos = i - len(before)
		}
		out = before
	}
	n, i := h1, 0
	for i < headerTextsAfter {
		n = nextInOrder(n, n == h1)
		if n == nil {
			break
		}
		if n.Type == html.ElementNode && skippedInHeader(n) {
			n = lastInside(n)
			continue
		}
		if t, ok := shortText(n); ok {
			i++
			out = append(out, headerText{text: t, node: n.Parent, pos: i})
		}
	}
	return out
}

// headerBox returns the element that holds the headline and what is
// printed above it: the nearest of its first three ancestors that is a
// header, else the highest of them below the body, <main> or <article>.
func headerBox(h1 *html.Node) *html.Node {
	box := h1.Parent
	for i := 0; box != nil && i < 3; i++ {
		if box.DataAtom == atom.Header || box.DataAtom == atom.Hgroup {
			return box
		}
		p := box.Parent
		if i == 2 || p == nil || p.DataAtom == atom.Body || p.DataAtom == atom.Main ||
			p.DataAtom == atom.Article || p.DataAtom == atom.Html {
			return box
		}
		box = p
	}
	return box
}

// skippedInHeader reports whether the header scan jumps over n.
func skippedInHeader(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Nav,
		atom.Button, atom.Select, atom.Iframe, atom.Figure, atom.Picture, atom.Ul:
		return n.DataAtom != atom.Ul || classHint(n)&(hintAuthor|hintDate) == 0
	}
	return false
}

// shortText returns the trimmed text of a text node, when it is short.
func shortText(n *html.Node) (string, bool) {
	if n.Type != html.TextNode || len(n.Data) > headerNodeText || n.Parent == nil {
		return "", false
	}
	if inScript(n) {
		return "", false
	}
	t := strings.TrimSpace(n.Data)
	return t, t != ""
}

// nextInOrder returns the node after n in document order; with skipKids,
// n's own subtree is skipped.
func nextInOrder(n *html.Node, skipKids bool) *html.Node {
	if !skipKids && n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// lastInside returns the last node of n's subtree, so that the next node
// in order is the one after the subtree.
func lastInside(n *html.Node) *html.Node {
	for n.LastChild != nil {
		n = n.LastChild
	}
	return n
}

// bylineLine returns the text of the nearest ancestor of n (n included)
// that holds more than text alone: the line a byline word is part of.
func bylineLine(n *html.Node, min int) string {
	for i := 0; i < 3 && n != nil; i++ {
		if t := boundedText(n, maxBylineText); len(t) >= min || isBlockElement(n) {
			return t
		}
		n = n.Parent
	}
	return ""
}

// isBlockElement reports whether n starts a line of its own.
func isBlockElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Li, atom.Section, atom.Header, atom.Footer, atom.Article,
		atom.Address, atom.Dd, atom.Dt, atom.Td, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// boundedText returns the clean text of n's subtree, or "" when it is
// longer than max bytes.
func boundedText(n *html.Node, max int) string {
	var b strings.Builder
	if !appendBounded(&b, n, max) {
		return ""
	}
	return CleanText(b.String())
}

func appendBounded(b *strings.Builder, n *html.Node, max int) bool {
	switch {
	case n.Type == html.TextNode:
		b.WriteString(n.Data)
		return b.Len() <= max
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style ||
		n.DataAtom == atom.Noscript || n.DataAtom == atom.Svg):
		return true
	case n.Type == html.ElementNode && (n.DataAtom == atom.Br || isBlockElement(n)):
		b.WriteString(" | ")
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if !appendBounded(b, ch, max) {
			return false
		}
		if ch.Type == html.ElementNode && isBlockElement(ch) && ch.NextSibling != nil {
			b.WriteString(" | ") // what follows a block is on a line of its own
		}
	}
	return true
}
