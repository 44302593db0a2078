package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// A template may print the date inside the standfirst's element, after
// its sentences ("<h2 class="deck">What's the secret to its recovery?<span
// class="date">Monday, 6 January 2020</span></h2>"). The date is the
// page's, not the lede's: standfirstText leaves it out.

// minLedeBeforeDate is the shortest text, in bytes, that a standfirst
// must keep before a trailing date for the date to be cut.
const minLedeBeforeDate = 20

// standfirstText returns the text of the standfirst element n, without a
// date line its last element holds (the date, and perhaps the byline's
// name or a weekday, see dateLineText).
func standfirstText(n *html.Node) string {
	t := partedText(n)
	d := trailingDate(n)
	if d == "" {
		return t
	}
	if lede, ok := strings.CutSuffix(t, d); ok && len(strings.TrimSpace(lede)) >= minLedeBeforeDate {
		return strings.TrimSpace(lede)
	}
	return t
}

// trailingDate returns the text of the element that ends n when that text
// is a date line (see dateLineText), else "": n's last child with text,
// then that child's, down to a text node.
func trailingDate(n *html.Node) string {
	for e := lastTextChild(n); e != nil && e.Type == html.ElementNode; e = lastTextChild(e) {
		if t := nodeText(e); dateLineText(t) {
			return t
		}
	}
	return ""
}

// maxDateLineNames is the most words a date line may hold besides its
// date.
const maxDateLineNames = 4

// dateLineText reports whether t is a date and at most a few capitalised
// words, a weekday or a byline's name: "Monday, 6 January 2020",
// "Patrick Holland-Moritz 03.11.2023". A sentence about a date ("The vote
// is on 5 March 2024") has words in small letters and is no date line.
func dateLineText(t string) bool {
	_, start, end, ok := FindDate(t)
	if !ok {
		return false
	}
	words := strings.Fields(t[:start] + " " + t[end:])
	if len(words) > maxDateLineNames {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// lastTextChild returns the last child of n that is an element or a text
// node holding more than spaces, or nil.
func lastTextChild(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode && !textless(c) && !isHidden(c) || c.Type == html.TextNode && !onlySpaces(c.Data) {
			return c
		}
	}
	return nil
}
