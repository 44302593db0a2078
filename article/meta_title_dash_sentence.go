package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A label set after a headline and a dash is a name: one word, or words
// in Title Case, where only short words ("and", "for", "of the") keep
// small letters ("Strength Training", "Moving Services and Help"). A part
// after a dash that starts in small letters, or holds a longer word in
// small letters, goes on the headline's sentence ("– so geht's!", "– what
// changes for tenants") and stays.

// minSmallWord is the fewest letters of a word in small letters that Title
// Case would have capitalised.
const minSmallWord = 5

// sentenceTail reports whether tail, the part of a title after its last
// dash, goes on the headline's sentence: it has two words or more and
// starts with a small letter or holds a word of minSmallWord letters or
// more that does.
func sentenceTail(tail string) bool {
	words := strings.Fields(tail)
	if len(words) < 2 {
		return false
	}
	for i, w := range words {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && (i == 0 || letterCount(w) >= minSmallWord) {
			return true
		}
	}
	return false
}

// letterCount returns the number of letters in w.
func letterCount(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
