package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// signatureDashes open the signature of a quotation: "“…” — Ana Ruiz".
const signatureDashes = "-–—―~"

// maxSignedNameWords bounds the words of a signed name.
const maxSignedNameWords = 4

// signature returns the name signed right after the closing mark of span
// sp, a testimonial or an epigraph: "“Great course.” ~ Ana Ruiz, nurse",
// "“…” - Tom Reyes" on the same line or the next. The name is two to four
// capitalised words ending the line or followed by a comma; it is ""
// when there is none.
func (d *qdoc) signature(sp *qspan) string {
	if sp.close < 0 {
		return ""
	}
	p := d.toks[sp.close].end
	p = skipSpace(d.text, p, 3)
	r, n := utf8.DecodeRuneInString(d.text[p:])
	if n == 0 || !strings.ContainsRune(signatureDashes, r) {
		return ""
	}
	return signedName(d.text, skipSpace(d.text, p+n, 2))
}

// skipSpace skips up to limit spaces, tabs and line breaks from byte p.
func skipSpace(s string, p, limit int) int {
	for k := 0; k < limit && p < len(s); k++ {
		r, n := utf8.DecodeRuneInString(s[p:])
		if !unicode.IsSpace(r) {
			break
		}
		p += n
	}
	return p
}

// signedName reads the name at byte p of s: two to four capitalised words
// ("Lance R.", "Ana de Souza" is not read), then a comma, a line break or
// the end of s.
func signedName(s string, p int) string {
	start, words := p, 0
	for words < maxSignedNameWords && p < len(s) {
		r, _ := utf8.DecodeRuneInString(s[p:])
		if !unicode.IsUpper(r) {
			break
		}
		e := p
		for e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '\n' {
			e++
		}
		words, p = words+1, e
		if p < len(s) && s[p] == ' ' {
			p++
		}
	}
	name := strings.TrimRight(s[start:p], " ")
	end := start + len(name)
	if words < 2 || end < len(s) && s[end] != ',' && s[end] != '\n' {
		return ""
	}
	return name
}
