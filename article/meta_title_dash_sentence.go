package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A label set after a headline and a dash is a name: one word, or words
// in Title Case, where only short function words ("and", "for", "of the",
// the Romance "de", "della") keep small letters ("Strength Training",
// "Moving Services and Help", "Recetas de Cocina"). A part after a dash that starts in small letters, or holds a
// longer word in small letters, goes on the headline's sentence ("– so
// geht's!", "– what changes for tenants") and stays; so does one that
// holds any other short word in small letters: German capitalises every
// noun, so its sentences look like Title Case but for their articles and
// prepositions ("– Pläne für den Sommer", "– Tipps vom Profi"), and so
// do the sentences of other languages ("– Festa no Sábado").

// minSmallWord is the fewest letters of a word in small letters that Title
// Case would have capitalised.
const minSmallWord = 5

// sentenceTail reports whether tail, the part of a title after its last
// dash, goes on the headline's sentence: it has two words or more and
// starts with a small letter, or holds a word in small letters of
// minSmallWord letters or more or that is not one of titleCaseSmall.
func sentenceTail(tail string) bool {
	words := strings.Fields(tail)
	if len(words) < 2 {
		return false
	}
	for i, w := range words {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && (i == 0 || letterCount(w) >= minSmallWord || !titleCaseSmall[strings.TrimRightFunc(w, isNotLetter)]) {
			return true
		}
	}
	return false
}

// titleCaseSmall holds the short words that Title Case leaves in small
// letters: the English articles, conjunctions and prepositions of up to
// four letters (longer words in small letters already tell a sentence),
// and the particles of the Romance languages' names and labels.
var titleCaseSmall = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"for": true, "so": true, "yet": true, "of": true, "to": true, "in": true, "on": true,
	"at": true, "by": true, "up": true, "as": true, "per": true, "via": true, "vs": true,
	"with": true, "from": true, "into": true, "onto": true, "over": true,
	"off": true, "out": true, "than": true,
	// the same small words of the Romance languages' labels and names,
	// which keep them small as Title Case does ("Recetas de Cocina",
	// "Corriere della Sera"); not the German articles, which open a
	// sentence's noun ("Ende des Sommers")
	"de": true, "del": true, "della": true, "delle": true, "dei": true, "degli": true, "di": true,
	"da": true, "do": true, "dos": true, "du": true, "la": true, "le": true, "les": true, "el": true,
	"los": true, "las": true, "y": true, "e": true, "et": true,
}

// isNotLetter reports whether r is not a letter.
func isNotLetter(r rune) bool {
	return !unicode.IsLetter(r)
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
