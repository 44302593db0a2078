package article

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// This file reads a line of names printed as one element per name, with
// the commas and joining words in elements of their own between them:
// "<a>Jane Doe</a><span>, </span><a>John Roe</a><span> & </span><a>Ann Poe</a>".

// maxListedNames is the most names read from such a line.
const maxListedNames = 8

// listedNames returns the names of the line that starts with texts[i],
// which lineNames has read as as, and the index of its last text.
func (ap authorPicker) listedNames(texts []headerText, i int, as []Author) ([]Author, int) {
	out := as
	for j := i; len(out) < maxListedNames && j+2 < len(texts) && ap.isSeparator(texts[j+1].text); j += 2 {
		next := ap.lineNames(texts[j+2])
		if len(next) == 0 {
			return out, j
		}
		out = append(out[:len(out):len(out)], next...)
		i = j + 2
	}
	return out, i
}

// isSeparator reports whether s only joins two names: a comma (of any
// script), an ampersand or a joining word.
func (ap authorPicker) isSeparator(s string) bool {
	s = strings.TrimSpace(s)
	switch s {
	case ",", "&", ";", "+", ", and", ", &":
		return true
	}
	if r, n := utf8.DecodeRuneInString(s); n == len(s) && isNameListMark(r) {
		return true // "、", "،"
	}
	return ap.strict.isJoiner(s)
}

// listLooksProper reports whether the names of a line look like people's
// names (namesLookProper): each of them for one or two names, at least
// half of them for a longer list, whose shape already says that it names
// people ("Rui Ma" on a page where "ma" is a word).
func listLooksProper(as []Author, root *html.Node) bool {
	if len(as) < 3 {
		return namesLookProper(as, root)
	}
	proper := 0
	lower := newLowerNameWords(root, as)
	for _, a := range as {
		if namesLookProperIn([]Author{a}, lower.words) {
			proper++
		}
	}
	return proper*2 >= len(as)
}
