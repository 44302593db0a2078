package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Newsrooms print a kicker (a topic, a place, a quote's speaker) above the
// headline, in an element of its own at the start of the <h1>:
// <h1><span class="kicker">Klimaschutz</span><span>Bohren, bis es heiß
// wird</span></h1>. The metadata often glue the two with a separator
// ("Klimaschutz: Bohren, bis es heiß wird"). The headline is the rest of
// the <h1>, without the kicker. Where the <h1> prints the headline alone,
// a short kicker the metadata glue before it is left out as well.

// maxKickerWords is the most words of a kicker.
const maxKickerWords = 6

// minKickerHeadWords is the fewest words of the headline after a kicker.
const minKickerHeadWords = 2

// maxKickerH1s is how many of the first <h1>s are looked at for a kicker.
const maxKickerH1s = 4

// kickerClassWords name the element of a kicker in its class or id.
var kickerClassWords = []string{"kicker", "dachzeile", "overline", "roofline", "topline", "eyebrow",
	"spitzmarke", "supertitle", "pretitle", "subtitle", "sub-heading", "subheading", "topic", "small"}

// headlineOnly returns the title t without the kicker or the trailing
// line an <h1> sets apart from its headline (see dropKicker and
// dropTrailer).
func (ts *titleSources) headlineOnly(t string, h1s []posNode) string {
	return ts.dropTrailer(dropKicker(t, h1s), h1s)
}

// dropKicker returns the headline of an <h1> that starts with a kicker
// element when the title t ends with that headline after other words (the
// kicker, set off by a separator or not); else t.
func dropKicker(t string, h1s []posNode) string {
	k := ""
	for i := range min(len(h1s), maxKickerH1s) {
		head, ok := kickerHeadline(h1s[i].n)
		if !ok {
			continue
		}
		if k == "" {
			k = titleKey(t)
		}
		if hk := titleKey(head); hk != k && strings.HasSuffix(k, " "+hk) {
			return head
		}
	}
	return keptH1(t, h1s)
}

// minKeptH1Words is the fewest words of an <h1> that a metadata title
// prints after a kicker.
const minKeptH1Words = 3

// keptH1 returns the text of a content <h1> of minKeptH1Words words or
// more that the title t prints after a kicker of at most maxKickerWords
// words and a separator ("Chronik: Lotte Tobisch ist tot" over the <h1>
// "Lotte Tobisch ist tot"); else t.
func keptH1(t string, h1s []posNode) string {
	if len(h1s) == 0 {
		return t
	}
	first, rest := splitFirst(t)
	if rest == "" || len(strings.Fields(titleKey(first))) > maxKickerWords {
		return t
	}
	rk := titleKey(rest)
	if strings.Count(rk, " ") < minKeptH1Words-1 {
		return t
	}
	for i := range min(len(h1s), maxKickerH1s) {
		if h := headText(h1s[i].n); titleKey(h) == rk && !inChrome(h1s[i].n) {
			return h
		}
	}
	return t
}

// kickerHeadline returns the text of the <h1> n after its kicker, when n
// starts with an element set apart as a kicker (see isKicker) and the rest
// has minKickerHeadWords words or more, and no fewer than the kicker.
func kickerHeadline(n *html.Node) (string, bool) {
	if inChrome(n) {
		return "", false
	}
	lead := kickerLead(n)
	if lead == nil || !isKicker(lead) {
		return "", false
	}
	lw := len(strings.Fields(titleKey(nodeText(lead))))
	if lw == 0 || lw > maxKickerWords {
		return "", false
	}
	head := strings.TrimLeftFunc(siblingsText(lead.NextSibling, nil), isKickerMark)
	if hw := len(strings.Fields(titleKey(head))); hw < max(minKickerHeadWords, lw) || len(head) > maxTitle {
		return "", false
	}
	return head, true
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

// isKickerMark reports whether r is a space or a mark that sets a kicker
// off the headline.
func isKickerMark(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(":|-–—·•/", r)
}

// isKicker reports whether lead, the first element of an <h1>, is set
// apart from the headline after it: a block, an element named a kicker by
// its class or id, or one followed by a line break or by an element that
// holds only a separator.
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
// class="visually-hidden">: </span>. Spaces alone do not set a kicker off.
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

// maxKickerDepth is how deep in an <h1> its kicker may sit, inside
// elements that wrap all its text.
const maxKickerDepth = 3

// kickerLead returns the element an <h1> n starts with: its first
// element that holds text, when no text comes before it, or that
// element's own first one when it wraps all the text of n.
func kickerLead(n *html.Node) *html.Node {
	for range maxKickerDepth {
		lead, _ := leadingElement(n)
		if lead == nil || textAfter(lead) {
			return lead
		}
		n = lead
	}
	return nil
}

// textAfter reports whether a sibling after n holds text.
func textAfter(n *html.Node) bool {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && holdsText(c) {
			return true
		}
	}
	return false
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
