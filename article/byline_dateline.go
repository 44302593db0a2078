package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the places a byline gives beside the names: after a
// name with a word of "from" or "in" ("Por João da Silva, de São Paulo",
// "Jane Doe, from Kyiv", "Anna Weber, aus Berlin"), or before an agency
// in brackets ("Madrid (EFE)"): a dateline, not an author.

// datelineWords are the lower-case words that put a place after a name in
// a byline: "from", "in" and their contractions with an article.
var datelineWords = foldedSet("de", "do", "da", "desde", "em", "en", "from", "in", "aus", "depuis",
	"dal", "dalla", "dallo", "uit", "från", "fra", "frå", "z", "ze", "iz", "из", "з", "w")

// isDatelinePart reports whether part, a part of a byline that follows a
// comma, is a dateline: a lower-case word of datelineWords, then a
// capitalised place. An agency there stays ("Juan Pérez, de EFE").
func isDatelinePart(part string) bool {
	word, place, ok := strings.Cut(part, " ")
	if !ok || !datelineWords[word] || isAgency(place) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(place))
	return unicode.IsUpper(r)
}

// placeBeforeAgency reports whether out, the names read before an agency
// written in brackets, is one name of one word: the place of an agency's
// dateline ("Madrid (EFE)", "ROMA (ANSA)"), as a writer is named in full
// before the agency ("Jean Dupont (AFP)").
func placeBeforeAgency(out []Author) bool {
	return len(out) == 1 && !strings.Contains(out[0].Name, " ")
}
