package article

import (
	"strings"
	"unicode"

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

// maxHeadingLead is the most text a heading may print before a byline in
// it; more is a title that goes on with "by" or "von": "Vor- und
// Nachteile beim <strong>Leasing</strong> von Firmenwagen".
const maxHeadingLead = 40

// maxProseClimb is how many ancestors inProse climbs to find the
// paragraph around a text.
const maxProseClimb = 3

// inProse reports whether the header text t is a part of a paragraph in
// which more than maxProseLead bytes of other words come before it, or of
// a heading with more than maxHeadingLead and no digit among them.
func inProse(t headerText) bool {
	p := blockAround(t.node)
	switch {
	case p == nil:
		return false
	case p.DataAtom == atom.P:
		n, _ := leadBytes(p, t.text)
		return n > maxProseLead
	case isHeadingElement(p):
		n, digits := leadBytes(p, t.text)
		return n > maxHeadingLead && !digits // a title, not a date ("Posted on 3 May 2020 by")
	}
	return false
}

// inProseLead reports whether the header text t is set in an element
// (bold, a link) inside a paragraph that goes on for more than
// maxProseLead bytes besides it: "<p><strong>Jane Doe's</strong> return
// surprised ...</p>" names someone the story is about, not its writer.
func inProseLead(t headerText) bool {
	p := blockAround(t.node)
	return p != nil && p.DataAtom == atom.P && p != t.node && boundedText(p, len(t.text)+maxProseLead) == ""
}

// leadBytes returns how many bytes of text p holds before its text node
// that reads text, trimmed, counting no further than just past
// maxProseLead, and whether a digit is among them.
func leadBytes(p *html.Node, text string) (n int, digits bool) {
	for d := range p.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		t := strings.TrimSpace(d.Data)
		if t == text || n > maxProseLead {
			break
		}
		n += len(t)
		digits = digits || strings.ContainsFunc(t, unicode.IsDigit)
	}
	return n, digits
}

// blockAround returns the nearest block element at or above n, no more
// than maxProseClimb levels up, else the ancestor where the climb stops.
func blockAround(n *html.Node) *html.Node {
	for i := 0; n != nil && i < maxProseClimb && !isBlockElement(n); i++ {
		n = n.Parent
	}
	return n
}
