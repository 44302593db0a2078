package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Many newsrooms set a kicker and the headline as two spans of one
// heading, styled as two lines, with no space between them in the markup:
// <h1><span>Haushalt</span><span>Koalition einigt sich</span></h1>. Their
// text, joined as written, glues two words ("HaushaltKoalition"), and the
// headline the metadata give alone no longer ends the heading's text after
// a word break. The kicker is looked for in the heading's text with a space
// where a word ends at the edge of an element and the next starts with a
// capital letter; the text itself is kept as the page writes it.

// kickerKey returns the title key of the headline element n, whose key as
// written is k, with a space where two of its elements glue two words.
func kickerKey(n *html.Node, k string) string {
	if spaced := titleKey(headingText(n)); spaced != "" {
		return spaced
	}
	return k
}

// headingText returns the text of a headline element as nodeText does,
// with a space between the texts of two elements that would glue a word
// to a capitalised one.
func headingText(n *html.Node) string {
	var b strings.Builder
	writeText(&b, n, true)
	return CleanText(b.String())
}

// glued reports whether writing next right after prev would glue a word
// to a capitalised one: prev ends with a letter that has a case, a digit or a
// sentence mark, and next starts with a capital letter.
func glued(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(first) {
		return false
	}
	return unicode.IsLower(last) || unicode.IsUpper(last) || unicode.IsDigit(last) || strings.ContainsRune(":.!?", last)
}
