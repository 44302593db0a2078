package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An <h1> may set a line apart from its headline: a day, categories or a
// subtitle after a line break, in a <small>, or after a separator
// (meta_title_trailer.go). The helpers here tell such a set-apart element.
// A kicker that opens the <h1> ("Klimaschutz" before "Bohren, bis es heiß
// wird") is kept: where the newsroom prints it in its <h1> and its
// metadata, it is part of the headline as the newsroom wrote it.

// maxKickerH1s is how many of the first <h1>s are looked at for a line set
// apart.
const maxKickerH1s = 4

// kickerClassWords name a set-apart element in its class or id.
var kickerClassWords = []string{"kicker", "dachzeile", "overline", "roofline", "topline", "eyebrow",
	"spitzmarke", "supertitle", "pretitle", "subtitle", "sub-heading", "subheading", "topic", "small"}

// headlineOnly returns the title t without the trailing line an <h1> sets
// apart from its headline (see dropTrailer).
func (ts *titleSources) headlineOnly(t string, h1s []posNode) string {
	return ts.dropTrailer(t, h1s)
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

// isKickerMark reports whether r is a space or a mark that sets a line
// off the headline.
func isKickerMark(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(":|-–—·•/", r)
}

// isKicker reports whether lead, an element of an <h1>, is set apart from
// the headline: a block, an element named a kicker by its class or id, or
// one followed by a line break or by an element that holds only a
// separator.
func isKicker(lead *html.Node) bool {
	switch lead.DataAtom {
	case atom.Div, atom.P, atom.Small:
		return true
	}
	class, id := classAndIDValues(lead)
	if namesKicker(class) || namesKicker(id) {
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
	return text != "" && strings.TrimFunc(text, isKickerMark) == ""
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

// namesKicker reports whether a class or id value holds one of the
// kickerClassWords.
func namesKicker(v string) bool {
	if v == "" {
		return false
	}
	v = strings.ToLower(v)
	for _, w := range kickerClassWords {
		if strings.Contains(v, w) {
			return true
		}
	}
	return false
}
