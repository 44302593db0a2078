package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds what the byline reader needs for the bylines of the
// scripts written without spaces: "文・山田太郎", "取材・文：佐藤花子", where the
// prefix is joined to the name by a mark instead of a space.

// sepEnded reports whether the byline prefix p ends with a mark, not a
// letter ("文・", "文："), so that a name may follow it with no space.
func sepEnded(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(p)
	return r != utf8.RuneError && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// A byline printed as a paragraph of the body in a language without an
// extension ("Por María López / Ciudad de México", "Von Anna Weber und
// Jonas Schmidt, ARD") is told from a sentence that starts with the same
// word ("Di Maio e Salvini, lite sul governo") by its shape: names, then at
// most a short tail of a place or a newsroom.

// Bounds of the tail after the names of a body byline: a place, an agency.
const (
	maxBylineTailBytes = 40
	maxBylineTailWords = 4
	maxBylineNameWords = 8
)

// moreBylineLine reports whether s, a short paragraph, is a byline that
// starts with one of moreBylinePrefixes: capitalised names up to the first
// comma or break, then at most a short tail of capitalised or short words.
func moreBylineLine(s string) bool {
	if r, _ := utf8.DecodeLastRuneInString(s); s == "" || r == '.' || r == '!' || r == '?' || r == ':' {
		return false
	}
	for _, p := range moreBylineHeads[s[0]] {
		rest, ok := hasPrefixFold(s, p)
		if !ok || rest == "" {
			continue
		}
		i := strings.IndexFunc(rest, func(r rune) bool { return r == ',' || r == '(' || isBylineBreak(r) })
		head, tail := rest, ""
		if i >= 0 {
			head, tail = rest[:i], rest[i:]
		}
		if bylineNames(head) && shortTail(tail) {
			return true
		}
	}
	return false
}

// bylineNames reports whether s is one to maxBylineNameWords words that
// are capitalised names, name particles or joiners, with one name at
// least.
func bylineNames(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxBylineNameWords {
		return false
	}
	names := 0
	for _, w := range words {
		k := strings.ToLower(w)
		switch r, _ := utf8.DecodeRuneInString(w); {
		case unicode.IsUpper(r) || isCJKRune(r):
			names++
		case !nameParticles[k] && !moreBylineJoiners[k]:
			return false
		}
	}
	return names > 0
}

// shortTail reports whether s, what follows the names of a byline, is
// short and holds no long word in lower case: a place, an agency, a
// newsroom ("/ Ciudad de México", ", g1 — Brasília").
func shortTail(s string) bool {
	if len(s) > maxBylineTailBytes {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || isBylineBreak(r) })
	if len(words) > maxBylineTailWords {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && utf8.RuneCountInString(w) > 3 {
			return false
		}
	}
	return true
}

// isCJKRune reports whether r is written in Han, Hiragana or Katakana,
// scripts without capitals.
func isCJKRune(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}
