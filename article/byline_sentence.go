package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file tells a name from the first word of a sentence or a label
// read where a byline was expected: "These actions help...", "How to
// upload text", "Insights from".

// startsSentence reports whether run, the leading capitalised words that
// nameRun kept of s, is one word that a lower-case word follows: the
// start of a sentence or a label ("Insights from"), not a name.
func startsSentence(s, run string) bool {
	if run == "" || strings.Contains(run, " ") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || words[0] != run {
		return false
	}
	next := words[1]
	if nameParticles[next] {
		return false
	}
	r := []rune(next)[0]
	return unicode.IsLower(r)
}

// sentencePart reports whether a part of a byline that names no one reads
// as words of a sentence: three words or more, two of them in lower case
// and neither a name particle nor a joining word ("ganz viel Kühen").
// A line with such a part is a title or a phrase, not a list of names,
// unless a name of two words comes before it: then the part is an aside
// about that name ("By Jane Doe, special to the Courier").
func sentencePart(s string) bool {
	words := strings.Fields(s)
	if len(words) < 3 {
		return false
	}
	lower := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameParticles[w] && !moreBylineJoiners[w] {
			lower++
		}
	}
	return lower >= 2
}

// hasFullName reports whether one of as is a name of two words or more.
func hasFullName(as []Author) bool {
	for _, a := range as {
		if strings.Contains(a.Name, " ") {
			return true
		}
	}
	return false
}
