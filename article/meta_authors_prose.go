package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file tells a byline from the words "by ..." met inside a sentence
// of the article: "according to the survey by Acme Research." A byline
// starts its line; a text that goes on a long paragraph after other words
// is prose, whatever word it starts with.

// maxProseLead is the most text a paragraph may print before a byline
// in it; more is a sentence leading to the words.
const maxProseLead = 80

// maxProseClimb is how many ancestors inProse climbs to find the
// paragraph around a text.
const maxProseClimb = 3

// inProse reports whether the header text t is a part of a paragraph in
// which more than maxProseLead bytes of other words come before it.
func inProse(t headerText) bool {
	p := blockAround(t.node)
	if p == nil || p.DataAtom != atom.P {
		return false
	}
	return leadBytes(p, t.text) > maxProseLead
}

// leadBytes returns how many bytes of text p holds before its text node
// that reads text, trimmed, counting no further than just past
// maxProseLead.
func leadBytes(p *html.Node, text string) int {
	n := 0
	for d := range p.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		if strings.TrimSpace(d.Data) == text || n > maxProseLead {
			break
		}
		n += len(strings.TrimSpace(d.Data))
	}
	return n
}

// blockAround returns the nearest block element at or above n, no more
// than maxProseClimb levels up, else the ancestor where the climb stops.
func blockAround(n *html.Node) *html.Node {
	for i := 0; n != nil && i < maxProseClimb && !isBlockElement(n); i++ {
		n = n.Parent
	}
	return n
}
