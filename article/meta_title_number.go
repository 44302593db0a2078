package article

import (
	"strings"
	"unicode"
)

// This file prefers the metadata's title over the <h1> it agrees with
// when it only adds a number: the count or the year that the page's
// <h1> leaves out ("8 Recent Trends in Photography", "Best Travel
// Insurance for Seniors in 2025").

// numberedTitle returns the first of titles that is t with a number or a
// year added (and the short word that may lead to it: "in 2025"), else t.
func numberedTitle(t string, titles []string) string {
	words := strings.Fields(titleKey(t))
	if len(words) == 0 {
		return t
	}
	for _, o := range titles {
		if addsNumber(words, strings.Fields(titleKey(o))) {
			return o
		}
	}
	return t
}

// addsNumber reports whether the words of longer are those of words, in
// their order, with numbers added, each alone or after a short word.
func addsNumber(words, longer []string) bool {
	if len(longer) <= len(words) {
		return false
	}
	i, numbers := 0, 0
	for j, w := range longer {
		switch {
		case i < len(words) && w == words[i]:
			i++
		case isNumberWord(w):
			numbers++
		case len(w) <= 3 && j+1 < len(longer) && isNumberWord(longer[j+1]):
		default:
			return false
		}
	}
	return i == len(words) && numbers > 0
}

// isNumberWord reports whether w is written in digits only.
func isNumberWord(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// cleanedTitles returns the metadata titles cut of their site name, the
// page's <title> also cut of a short last part, as pageTitle cuts it.
func (ts *titleSources) cleanedTitles(cleaned []string) []string {
	out := append([]string(nil), cleaned...)
	for _, c := range cleaned[len(cleaned)-len(ts.page):] {
		out = append(out, cleanShortSuffix(c))
	}
	return out
}
