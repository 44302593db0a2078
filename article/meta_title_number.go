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
// their order, with counts or years added (see isCountWord), each alone
// or after a short word.
func addsNumber(words, longer []string) bool {
	if len(longer) <= len(words) {
		return false
	}
	i, numbers := 0, 0
	for j, w := range longer {
		switch {
		case i < len(words) && w == words[i]:
			i++
		case isCountWord(w):
			numbers++
		case len(w) <= 3 && j+1 < len(longer) && isCountWord(longer[j+1]):
		default:
			return false
		}
	}
	return i == len(words) && numbers > 0
}

// maxCountDigits is the most digits of a count or a year; a longer number
// ("Holiday Cottage (40517)") is a reference, an item's or a listing's,
// which the <h1> rightly leaves out.
const maxCountDigits = 4

// isCountWord reports whether w is a number of at most maxCountDigits
// digits: a count or a year.
func isCountWord(w string) bool {
	return len(w) <= maxCountDigits && isNumberWord(w)
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
