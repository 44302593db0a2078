package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file tells the printed dates that date the article (the date line
// under its headline: "Published March 2, 2024 | 4 min read") from the
// dates printed near it that do not (a sentence of the story, the teaser of
// another article).

// Bounds of a date line.
const (
	maxDateLineWords = 4   // words besides the date and its label on a line of text
	maxHintLineWords = 10  // the same in an element whose class speaks of a date
	minTeaserLink    = 30  // shortest link text read as the title of another page
	maxTeaserText    = 400 // longest text of a teaser box
	maxTeaserNodes   = 300
	teaserLevels     = 4 // ancestors of a date looked at for a teaser
	cardLinkLevels   = 6 // ancestors of a date looked at for a link around it
)

// lineWords counts the words of s outside its date spans, leaving out the
// labels of dates and the words that stand on date lines ("on", "at", time
// zones).
func (dc *dateCands) lineWords(s string) int {
	n := 0
	for rest := s; rest != ""; {
		_, start, end, ok := FindDate(rest)
		if !ok {
			return n + dc.countWords(rest)
		}
		n += dc.countWords(rest[:start])
		rest = rest[end:]
	}
	return n
}

// countWords counts the words and numbers of s that are neither date
// labels nor date line words.
func (dc *dateCands) countWords(s string) int {
	n := 0
	for t := lexDate(s, 0); t.kind != dtEnd; t = lexDate(s, t.end) {
		if t.kind != dtWord && t.kind != dtNum {
			continue
		}
		w := strings.ToLower(s[t.start:t.end])
		if !dateLineWords[w] && !dc.isLabelWord(w) {
			n++
		}
	}
	return n
}

// isLabelWord reports whether w is a word of a date label of any language.
func (dc *dateCands) isLabelWord(w string) bool {
	if dc.labelWords == nil {
		dc.labelWords = dateLabelWords(dc.langs)
	}
	return dc.labelWords[w]
}

// dateLabelWords returns the words of the date labels of langs and of
// every language, lower case and without colons.
func dateLabelWords(langs []*Language) map[string]bool {
	words := map[string]bool{}
	lists := [][]string{morePublishedLabels, moreModifiedLabels}
	for _, l := range langs {
		lists = append(lists, l.PublishedLabels, l.ModifiedLabels)
	}
	for _, list := range lists {
		for _, label := range list {
			for _, f := range strings.Fields(strings.ToLower(label)) {
				words[strings.Trim(f, ":")] = true
			}
		}
	}
	return words
}

// isDateLine reports whether the text s of the element n is the article's
// date line: a date with little else, or a few words more in an element
// whose class names a date or in a <time>, and not in the teaser of another
// page.
func (dc *dateCands) isDateLine(n *html.Node, s string) bool {
	limit := maxDateLineWords
	if dateElement(n) {
		limit = maxHintLineWords
	}
	return dc.lineWords(s) <= limit && !dc.inTeaser(n)
}

// dateElement reports whether n or its parent is a <time> or has a class
// or id that speaks of a date.
func dateElement(n *html.Node) bool {
	for i := 0; i < 2 && n != nil; i, n = i+1, n.Parent {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Time || classHint(n)&hintDate != 0) {
			return true
		}
	}
	return false
}

// inTeaser reports whether n is in the box of a link to another page: a
// small ancestor that holds a long link text and not the headline.
func (dc *dateCands) inTeaser(n *html.Node) bool {
	if dc.inCardLink(n) {
		return true
	}
	for i := 0; i < teaserLevels && n != nil; i, n = i+1, n.Parent {
		if n.Type != html.ElementNode || n.DataAtom == atom.Body || dc.h1 != nil && isAncestor(n, dc.h1) ||
			classHint(n)&hintAuthor != 0 || boundedText(n, maxTeaserText) == "" {
			return false
		}
		if dc.hasLongLink(n) {
			return true
		}
	}
	return false
}

// inCardLink reports whether n is inside a link that holds more than the
// date: a card that links to another page, its title and summary inside
// the link.
func (dc *dateCands) inCardLink(n *html.Node) bool {
	own := len(boundedText(n, headerNodeText))
	for i := 0; i < cardLinkLevels && n != nil; i, n = i+1, n.Parent {
		if n.Type != html.ElementNode || n.DataAtom == atom.Body || dc.h1 != nil && isAncestor(n, dc.h1) {
			return false
		}
		if n.DataAtom == atom.A {
			t := boundedText(n, maxTeaserText)
			return t == "" || len(t) >= own+minTeaserLink
		}
	}
	return false
}

// isAncestor reports whether a is n or one of its ancestors.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// hasLongLink reports whether n holds a link whose text is as long as a
// title, looking at a bounded number of nodes. A link to an author is no
// title: marked as one, or a byline ("By Jane Doe, Co-Founder").
func (dc *dateCands) hasLongLink(n *html.Node) bool {
	seen := 0
	for d := range n.Descendants() {
		if seen++; seen > maxTeaserNodes {
			return false
		}
		if d.Type == html.ElementNode && d.DataAtom == atom.A && classHint(d)&hintAuthor == 0 &&
			!strings.Contains(strings.ToLower(Attr(d, "rel")), "author") {
			if t := boundedText(d, headerNodeText); len(t) >= minTeaserLink && !dc.isBylineText(t) {
				return true
			}
		}
	}
	return false
}

// isBylineText reports whether s is a byline: a byline word ("By",
// "Par") and the names of people ("By the numbers" is a title).
func (dc *dateCands) isBylineText(s string) bool {
	r := bylineReader{langs: dc.langs, strict: true}
	_, ok := r.cutPrefix(s)
	return ok && len(r.read(s)) > 0
}
