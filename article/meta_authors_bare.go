package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file lets the search for a byline printed away from the headline
// (pageByline) take a line that holds nothing but a short byline word and
// the names: "<p>By <strong>Jane Doe</strong></p>" at the top of the text.
// Such a word ("By", "Par", "Von") starts sentences and menu entries
// ("By Size") too, so only a paragraph, a list item or one of the two
// smallest headings (h5, h6: the meta lines of templates; larger headings
// title menus, "By Event Type") of three words or more counts (the text
// may sit in an inline element inside it); the names must read as names,
// and the page must print no other byline.

// bareBylineWords are the one-word byline prefixes that count when the
// line holds nothing else but names.
var bareBylineWords = []string{"by", "par", "von", "por", "door", "av", "af", "di"}

// maxBareByline is the longest line, in bytes, that a bare byline word
// may start.
const maxBareByline = 60

// isBareByline reports whether the text node n, whose text is t, starts
// with a short byline word and is the start of its paragraph's, list
// item's or small heading's text, which is short: one that holds only a
// byline word and a name of two words or more (menus of filters print "By
// Sector" in other elements).
func isBareByline(n *html.Node, t string) bool {
	w, _, _ := strings.Cut(t, " ")
	if len(w) < 2 || len(w) > 4 || !isBareBylineWord(w) {
		return false
	}
	p := bareBylineBlock(n.Parent)
	if p == nil {
		return false
	}
	line := strings.Trim(boundedText(p, 4*maxBareByline), " |")
	return len(line) <= maxBareByline && strings.HasPrefix(line, w) && len(strings.Fields(line)) >= 3
}

// maxBareInline is how many inline elements may wrap a bare byline inside
// its paragraph or list item: "<p><i>von Jane Doe</i></p>".
const maxBareInline = 2

// bareBylineBlock returns the paragraph, list item or small heading that
// holds the element p, itself or through a few inline elements that wrap
// the byline's text ("<em>", "<span class=meta>"), or nil. Templates
// print the byline as a small heading: "<h5><em>Von Jane Doe</em></h5>".
func bareBylineBlock(p *html.Node) *html.Node {
	for i := 0; p != nil && i <= maxBareInline; i, p = i+1, p.Parent {
		switch p.DataAtom {
		case atom.P, atom.Li, atom.H5, atom.H6:
			return p
		case atom.I, atom.Em, atom.B, atom.Strong, atom.Span, atom.Small, atom.Font:
			continue
		}
		return nil
	}
	return nil
}

// isBareBylineWord reports whether w is one of bareBylineWords, in any
// case, without a lower-cased copy.
func isBareBylineWord(w string) bool {
	for _, b := range bareBylineWords {
		if strings.EqualFold(w, b) {
			return true
		}
	}
	return false
}
