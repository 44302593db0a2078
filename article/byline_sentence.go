package article

import (
	"strings"
	"unicode"
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
