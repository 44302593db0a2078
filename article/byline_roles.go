package article

import (
	"strings"
	"unicode"
)

// This file reads what a byline says besides names: the job title written
// after a comma ("Jane Doe, Political Correspondent"), the reviewer line
// ("Reviewed by X"), and the "Last, First" order of scholarly metadata.

// roleWords are words of the job titles written after a comma that
// jobWords does not hold.
var roleWords = foldedSet("attorney", "lawyer", "counsel", "professor", "physician", "dietitian",
	"nutritionist", "therapist", "advisor", "adviser", "planner", "accountant", "researcher",
	"scientist", "chief", "deputy", "senior", "associate", "assistant", "partner", "representative",
	"lecturer", "chair", "chairman", "chairwoman")

// affiliationWords link a job title to its employer: "Attorney at Acme".
var affiliationWords = foldedSet("at", "of", "for", "with")

// reviewerPrefixes introduce the person who checked a story, not who
// wrote it.
var reviewerPrefixes = []string{"medically reviewed by", "legally reviewed by", "fact-checked by",
	"fact checked by", "reviewed by"}

// isJobTitle reports whether a byline part written after a comma is a job
// title: it holds a word of one.
func isJobTitle(s string) bool {
	for _, w := range strings.Fields(s) {
		k := strings.ToLower(strings.Trim(w, ",.;:()"))
		if jobWords[k] || roleWords[k] {
			return true
		}
	}
	return false
}

// hasAffiliation reports whether a job title goes on with its employer,
// which may be cut at an ampersand ("Attorney at Morgan & Morgan").
func hasAffiliation(s string) bool {
	for _, w := range strings.Fields(s) {
		if affiliationWords[w] {
			return true
		}
	}
	return false
}

// cutReviewer returns the rest of s after a reviewer prefix, and whether
// there was one.
func cutReviewer(s string) (string, bool) {
	for _, p := range reviewerPrefixes {
		if rest, ok := hasPrefixFold(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// lastFirst turns a name written "Doe, Jane" or "Doe, Jane A." into
// "Jane Doe" / "Jane A. Doe": one capitalised word, a comma, then one to
// three capitalised words that are neither titles nor agencies.
func lastFirst(s string) (string, bool) {
	last, first, ok := strings.Cut(strings.TrimSpace(s), ",")
	last, first = strings.TrimSpace(last), strings.TrimSpace(first)
	if !ok || strings.ContainsAny(first, ",;&") || !nameWord(last) {
		return s, false
	}
	words := strings.Fields(first)
	if len(words) == 0 || len(words) > 3 || isAgency(last) || isAgency(first) {
		return s, false
	}
	for _, w := range words {
		if !nameWord(w) || len(strings.TrimSuffix(w, ".")) > 1 && isCredential(w) || jobWords[strings.ToLower(w)] {
			return s, false
		}
	}
	return first + " " + last, true
}

// nameWord reports whether w is one word of a name: a capital, then
// letters, hyphens, apostrophes or a final dot (an initial).
func nameWord(w string) bool {
	rs := []rune(strings.TrimSuffix(w, "."))
	if len(rs) == 0 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}
