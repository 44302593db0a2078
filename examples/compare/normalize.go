package main

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// typography folds the characters that differ between a page and a hand
// annotation without changing the words: curly quotes, dashes, the
// ellipsis, soft hyphens and zero-width characters.
var typography = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`,
	"\u00ab", `"`, "\u00bb", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-",
	"\u2026", "...",
	"\u00ad", "", "\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "",
)

// normalize is the form in which titles, names and headings are compared:
// NFC, lower case, typography folded, white space collapsed to one space,
// and punctuation and spaces trimmed from both ends.
func normalize(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	s = strings.Join(strings.Fields(typography.Replace(s)), " ")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r)
	})
}

// titleMatch reports whether a predicted title is right: equal to the
// truth once both are normalized. A site name left on ("Title | Site")
// makes it wrong.
func titleMatch(truth, pred string) bool {
	t := normalize(truth)
	return t != "" && t == normalize(pred)
}

// authorSplit cuts a byline into names at , ; & | / and at the words
// "and", "und", "et", "y", "e" standing alone, also after a comma ("A, B,
// and C").
var authorSplit = regexp.MustCompile(`\s*[,;&|/]\s*(?:(?:and|und|et|y|e)\s+)?|\s+(?:and|und|et|y|e)\s+`)

// authorPrefix is a leading "by" (or von, par, por) before a name.
var authorPrefix = regexp.MustCompile(`^(?:by|von|par|por)\s+`)

// authorSet is the set of normalized names in the given bylines. Truth and
// prediction go through the same splitting, so a name list written as one
// string ("A and B") equals the same names given one by one.
func authorSet(bylines []string) map[string]bool {
	set := make(map[string]bool)
	for _, b := range bylines {
		for _, part := range authorSplit.Split(normalize(b), -1) {
			if name := normalize(authorPrefix.ReplaceAllString(normalize(part), "")); name != "" {
				set[name] = true
			}
		}
	}
	return set
}

// authorsMatch reports whether the predicted names are exactly the true
// ones, as sets: a missing name or an extra one makes it wrong.
func authorsMatch(truth, pred []string) bool {
	t, p := authorSet(truth), authorSet(pred)
	if len(t) == 0 || len(t) != len(p) {
		return false
	}
	for name := range t {
		if !p[name] {
			return false
		}
	}
	return true
}

// dayRE is a calendar day at the start of a date or date-time.
var dayRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// day is the calendar day YYYY-MM-DD a date string starts with, as written
// (no time zone conversion), or "" when it does not start with one.
func day(s string) string { return dayRE.FindString(strings.TrimSpace(s)) }

// dateMatch reports whether a predicted date falls on the true day.
func dateMatch(truth, pred string) bool {
	t := day(truth)
	return t != "" && t == day(pred)
}

// tokenF1 is the F1 of the lower-cased token multisets of two texts, 0 when
// either has no token.
func tokenF1(truth, pred string) float64 {
	t, p := tokens(strings.ToLower(truth)), tokens(strings.ToLower(pred))
	if len(t) == 0 || len(p) == 0 {
		return 0
	}
	counts := make(map[string]int, len(t))
	for _, w := range t {
		counts[w]++
	}
	common := 0
	for _, w := range p {
		if counts[w] > 0 {
			counts[w]--
			common++
		}
	}
	prec, rec := float64(common)/float64(len(p)), float64(common)/float64(len(t))
	return harmonic(prec, rec)
}
