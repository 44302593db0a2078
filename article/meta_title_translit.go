package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file matches a site's name written in Cyrillic or Greek letters
// against the Latin letters of its domain name: a title's "Коммерсантъ"
// or "Καθημερινή" against the host labels "kommersant" and "kathimerini",
// on a page that gives no og:site_name. Domains spell such names in more
// than one way ("х" as "kh" or "h", "ц" as "ts" or "c"), so a name is
// spelt both ways.

// translitSchemes is how many spellings translitKeys gives.
const translitSchemes = 2

// translit spells a Cyrillic or Greek letter in Latin letters, one way
// per scheme; a letter not listed is kept.
var translit = map[rune][translitSchemes]string{
	'а': {"a", "a"}, 'б': {"b", "b"}, 'в': {"v", "v"}, 'г': {"g", "h"}, 'д': {"d", "d"},
	'е': {"e", "e"}, 'ё': {"e", "yo"}, 'ж': {"zh", "zh"}, 'з': {"z", "z"}, 'и': {"i", "i"},
	'й': {"y", "j"}, 'к': {"k", "k"}, 'л': {"l", "l"}, 'м': {"m", "m"}, 'н': {"n", "n"},
	'о': {"o", "o"}, 'п': {"p", "p"}, 'р': {"r", "r"}, 'с': {"s", "s"}, 'т': {"t", "t"},
	'у': {"u", "u"}, 'ф': {"f", "f"}, 'х': {"kh", "h"}, 'ц': {"ts", "c"}, 'ч': {"ch", "ch"},
	'ш': {"sh", "sh"}, 'щ': {"shch", "sch"}, 'ъ': {"", ""}, 'ы': {"y", "y"}, 'ь': {"", ""},
	'э': {"e", "e"}, 'ю': {"yu", "ju"}, 'я': {"ya", "ja"}, 'і': {"i", "i"}, 'ї': {"yi", "i"},
	'є': {"ye", "e"}, 'ґ': {"g", "g"}, 'ј': {"j", "j"}, 'љ': {"lj", "lj"}, 'њ': {"nj", "nj"},
	'ћ': {"c", "c"}, 'ђ': {"dj", "dj"}, 'џ': {"dz", "dz"},
	'α': {"a", "a"}, 'β': {"v", "v"}, 'γ': {"g", "g"}, 'δ': {"d", "d"}, 'ε': {"e", "e"},
	'ζ': {"z", "z"}, 'η': {"i", "i"}, 'θ': {"th", "th"}, 'ι': {"i", "i"}, 'κ': {"k", "k"},
	'λ': {"l", "l"}, 'μ': {"m", "m"}, 'ν': {"n", "n"}, 'ξ': {"x", "x"}, 'ο': {"o", "o"},
	'π': {"p", "p"}, 'ρ': {"r", "r"}, 'σ': {"s", "s"}, 'ς': {"s", "s"}, 'τ': {"t", "t"},
	'υ': {"y", "i"}, 'φ': {"f", "f"}, 'χ': {"ch", "h"}, 'ψ': {"ps", "ps"}, 'ω': {"o", "o"},
}

// greekVowelU spells a Greek upsilon after alpha or epsilon, one way per
// scheme: "ναυ" is "naf" or "nav".
var greekVowelU = [translitSchemes]string{"f", "v"}

// hasCyrillicGreek reports whether the title key k holds a Cyrillic or a
// Greek letter.
func hasCyrillicGreek(k string) bool {
	for _, r := range k {
		if unicode.In(r, unicode.Cyrillic, unicode.Greek) {
			return true
		}
	}
	return false
}

// translitKeys returns the title key k spelt in Latin letters, one key
// per scheme, without its accents; nil when k has no Cyrillic or Greek
// letter.
func translitKeys(k string) []string {
	if !hasCyrillicGreek(k) {
		return nil
	}
	out := make([]string, 0, translitSchemes)
	for s := range translitSchemes {
		if f := translitKey(k, s); len(out) == 0 || out[0] != f {
			out = append(out, f)
		}
	}
	return out
}

// translitBase returns r when translit spells it ("й", "ё", "ї" are
// letters of their own), else r without its accent ("ά" is "α", "é" is
// "e").
func translitBase(r rune) rune {
	if _, ok := translit[r]; ok || r < utf8.RuneSelf {
		return r
	}
	if d := []rune(dropAccents(string(r))); len(d) == 1 {
		return d[0]
	}
	return r
}

// translitKey spells the title key k in Latin letters by the scheme s.
func translitKey(k string, s int) string {
	var b strings.Builder
	b.Grow(2 * len(k))
	prev := rune(0)
	for _, r := range k {
		r = translitBase(r)
		switch l, ok := translit[r]; {
		case r == 'υ' && (prev == 'α' || prev == 'ε'):
			b.WriteString(greekVowelU[s])
		case r == 'υ' && prev == 'ο':
			b.WriteString("u")
		case ok:
			b.WriteString(l[s])
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}
