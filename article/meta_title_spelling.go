package article

import (
	"strings"
	"unicode"
)

// This file writes an agreeing headline as the metadata spells it. An
// <h1> and a metadata title with the same words may differ in the marks
// between them: "--" that the page sets as one dash, a separator or an
// emphasis mark that the layout drops. The metadata title is the text
// the newsroom typed once for every reader (search engines, feeds,
// shares), the <h1> a rendering of it; when the metadata only adds marks
// between the words of the <h1>, its spelling is kept. A bar is not one
// of those marks: it sets a label off a headline. A title that drops
// a mark of the <h1> ("vs" for "vs."), changes its case or adds marks at
// its ends (a stray " |") leaves the <h1> as it is.

// metaSpelling returns the first of titles with the words of the headline
// h and all its marks, with more marks between its words; else h.
func metaSpelling(h string, titles []string) string {
	k := titleKey(h)
	if k == "" {
		return h
	}
	for _, t := range titles {
		if t != h && titleKey(t) == k && addsInnerMarks(h, t) {
			return t
		}
	}
	return h
}

// addsInnerMarks reports whether t writes the text h with marks added
// between its words only: every character of h in its place, the ends
// of both the same, and nothing but marks (not a bar) and spaces added.
func addsInnerMarks(h, t string) bool {
	hr, tr := []rune(foldDashes(h)), []rune(foldDashes(t))
	if len(tr) <= len(hr) || !sameEnds(hr, tr) {
		return false
	}
	i := 0
	for _, r := range tr {
		switch {
		case i < len(hr) && r == hr[i]:
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '|':
			return false
		}
	}
	return i == len(hr)
}

// sameEnds reports whether a and b start and end with the same
// character.
func sameEnds(a, b []rune) bool {
	return len(a) > 0 && len(b) > 0 && a[0] == b[0] && a[len(a)-1] == b[len(b)-1]
}

// dashFolder writes every dash as a hyphen.
var dashFolder = strings.NewReplacer("\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-")

// foldDashes returns s with its dashes written as hyphens.
func foldDashes(s string) string { return dashFolder.Replace(s) }
