package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A standfirst element found by its class or by the page's description
// may hold, beside the standfirst itself, a short line that is not part
// of it: a kicker ("gros temps"), the byline ("Par Jean Dupont le
// 14.09.2020"), the date ("19.10.2019, 15:30 Uhr"), a credit, "Share:".
// When an element inside it, a block or an inline child, is a standfirst
// too (by its class or the description) and all the text left beside it
// is such a line, the standfirst is that element's text. A line that
// asks or exclaims ("Hello!") is a sentence of the standfirst, not such a
// line, and a sub-heading after it starts the body. The body still skips
// the whole outer element.

// maxStandfirstExtra is the most visible non-space bytes that may be left
// beside an inner standfirst: one short line.
const maxStandfirstExtra = 60

// innerStandfirst returns the innermost standfirst element inside the
// element at i (see the comment above), or the element itself.
func innerStandfirst(c *Context, st *pageStats, i int) *html.Node {
	desc, _ := metaDescription.Get(c)
	for {
		j := st.innerStandfirstBlock(i, desc)
		if j < 0 {
			break
		}
		i = j
	}
	n := st.infos[i].node
	if ch := inlineStandfirst(n, int(st.infos[i].text), desc); ch != nil {
		return ch
	}
	return n
}

// innerStandfirstBlock returns the index of the first block under the
// element at i that is a standfirst and leaves at most a short line of
// i's text beside it, or -1.
func (s *pageStats) innerStandfirstBlock(i int, desc string) int {
	outer := &s.infos[i]
	for j := i + 1; j < int(outer.end); j++ {
		in := &s.infos[j]
		if outer.text-in.text > maxStandfirstExtra {
			continue
		}
		if sizedDespiteBoiler(in) && innerStandfirstOf(in, desc) && keptAside(outer.node, in.node) && !s.headingAfter(j, int(outer.end)) {
			return j
		}
	}
	return -1
}

// headingAfter reports whether a sub-heading with text comes after the
// element at j and before end: the body begins there, and the heading is
// its first line, not a line beside the standfirst.
func (s *pageStats) headingAfter(j, end int) bool {
	for k := int(s.infos[j].end); k < end; k++ {
		switch s.infos[k].node.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if s.infos[k].text > 0 {
				return true
			}
		}
	}
	return false
}

// inlineStandfirst returns the inline child of n that is a standfirst,
// ends n's text and leaves at most a short line of it, size bytes, before
// it, or nil. The line before an inline standfirst is a kicker, a date or
// a dateline; text after it would be the end of its sentence.
func inlineStandfirst(n *html.Node, size int, desc string) *html.Node {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode || !inlineSet.has(ch.DataAtom) || isHidden(ch) || textAfter(ch) {
			continue
		}
		in := nodeInfo{node: ch, text: int32(nonSpaceBytes(nodeText(ch)))}
		if size-int(in.text) <= maxStandfirstExtra && in.text >= minStandfirst &&
			innerStandfirstOf(&in, desc) && keptAside(n, ch) {
			return ch
		}
	}
	return nil
}

// innerStandfirstOf reports whether the element of in is named a
// standfirst by its class or says what the description says.
func innerStandfirstOf(in *nodeInfo, desc string) bool {
	return standfirstClass(in.node) || desc != "" && sameText(in, desc)
}

// keptAside reports whether the text of outer beside inner may be left
// out of the standfirst: it neither asks nor exclaims, and inner's text
// starts as a sentence does, not in the middle of one ("– Zum Ende",
// "meeting hosted by").
func keptAside(outer, inner *html.Node) bool {
	text := nodeText(inner)
	rest := strings.Replace(nodeText(outer), text, "", 1)
	return !strings.ContainsAny(rest, "?!¿¡") && sentenceStart(text)
}

// sentenceStart reports whether s starts as a sentence: with a letter
// that is not lowercase, a digit, or an opening quote.
func sentenceStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsLetter(r) && !unicode.IsLower(r) || unicode.IsDigit(r) || strings.ContainsRune(openingQuotes, r)
}

// openingQuotes are the marks that may open a sentence.
const openingQuotes = "\"'«“„‘‚¿¡("

// textAfter reports whether a sibling after n shows text.
func textAfter(n *html.Node) bool {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && nonSpaceBytes(s.Data) > 0 || s.Type == html.ElementNode && !isHidden(s) && nonSpaceBytes(nodeText(s)) > 0 {
			return true
		}
	}
	return false
}
