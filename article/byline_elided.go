package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// elidedSurname reports whether w is a surname written with an elided
// particle, "d'Ornano", "d’Estaing": the particle is lower case, the name
// after the apostrophe capitalised.
func elidedSurname(w string) bool {
	for _, p := range []string{"d'", "d’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}
