package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinedParticles are the lower-case particles written joined to the
// surname that follows: elided French and Italian ones ("d'Ornano",
// "d’Estaing") and the Arabic article ("al-Thani", "el-Sisi").
var joinedParticles = []string{"d'", "d’", "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"}

// elidedSurname reports whether w is a surname written with a joined
// particle (joinedParticles): the particle is lower case, the name after
// it capitalised.
func elidedSurname(w string) bool {
	for _, p := range joinedParticles {
		if rest, ok := strings.CutPrefix(w, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}
