package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file parts the names of a byline glued at a comma or a semicolon
// with no space after it, as <meta name=author> tags often write a list
// ("Jane Doe,John Roe"): the byline reader cuts names at the punctuation
// that ends a word, so the missing space is put back first.

// spaceGluedNames returns s with a space after each comma or semicolon
// that stands between a letter and a capital: "Jane Doe, John Roe".
func spaceGluedNames(s string) string {
	if !strings.ContainsAny(s, ",;") {
		return s
	}
	var b strings.Builder
	prev := rune(0)
	for i, r := range s {
		b.WriteRune(r)
		if r == ',' || r == ';' {
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if unicode.IsLetter(prev) && unicode.IsUpper(next) {
				b.WriteByte(' ')
			}
		}
		prev = r
	}
	return b.String()
}
