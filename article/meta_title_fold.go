package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file matches a site's name written with accents against the plain
// ASCII of its domain name: a title's "Süddeutsche Zeitung" or "El País"
// against the host labels "sueddeutsche" and "elpais", on a page that
// gives no og:site_name. A short part of a title with accented letters is also
// compared with its accents dropped ("el pais") and with the German
// umlauts spelt out ("sueddeutsche zeitung").

// umlauts spells out the German umlauts and the sharp s as host names do.
var umlauts = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// asciiKeys returns the title key k with its umlauts spelt out and
// without its accents, and k without its accents; a key in Cyrillic or
// Greek letters spelt in Latin ones (see translitKeys); nil when k has
// none of these letters, or is too long to be a site's name (a headline,
// whose letters are not folded, to spare the work).
func asciiKeys(k string) []string {
	if strings.Count(k, " ") >= maxSitePartWords {
		return nil
	}
	if !hasAccentedLatin(k) {
		return translitKeys(k)
	}
	var out []string
	for _, f := range []string{dropAccents(umlauts.Replace(k)), dropAccents(k)} {
		if f != k && (len(out) == 0 || out[0] != f) {
			out = append(out, f)
		}
	}
	return out
}

// dropAccents returns s without the accents of its letters: "país" gives
// "pais".
func dropAccents(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hasAccentedLatin reports whether s holds a Latin letter with an accent
// or a German sharp s, from U+00C0 to U+024F: a text in another script
// (or plain ASCII) has nothing to fold.
func hasAccentedLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if r >= 'À' && r <= 'ɏ' {
			return true
		}
	}
	return false
}
