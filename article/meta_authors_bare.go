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
// ("By Size") too, so only a paragraph of three words or more counts; the
// names must read as names, and the page must print no other byline.

// bareBylineWords are the one-word byline prefixes that count when the
// line holds nothing else but names.
var bareBylineWords = []string{"by", "par", "von", "por", "door", "av", "af", "di"}

// maxBareByline is the longest line, in bytes, that a bare byline word
// may start.
const maxBareByline = 60

// isBareByline reports whether the text node n, whose text is t, starts
// with a short byline word and is the start of its element's text, which
// is short: a paragraph that holds only a byline word and a name of two
// words or more (menus of filters print "By Sector" in other elements).
func isBareByline(n *html.Node, t string) bool {
	w, _, _ := strings.Cut(t, " ")
	if len(w) < 2 || len(w) > 4 || !isBareBylineWord(w) {
		return false
	}
	p := n.Parent
	if p == nil || p.DataAtom != atom.P {
		return false
	}
	line := strings.Trim(boundedText(p, maxBareByline), " |")
	return strings.HasPrefix(line, w) && len(strings.Fields(line)) >= 3
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
