package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A German noun that names a town also comes after an inflected
// adjective or determiner with no article ("gutes Essen", "ihre Waren")
// or between an article and an adjective ("an der territorialen Lage",
// "ein offenes Ende"). A town takes such an adjective only after a
// preposition or a neuter article ("im benachbarten Essen", "das schöne
// Zug"), since towns are neuter: a feminine or plural article, or none,
// before the adjective marks the noun.

// townLeads are the lower-case words ending like an inflected adjective
// that stand before a town's name: prepositions and conjunctions ("über
// Essen", "oder Zug", "nahe Zürich").
var townLeads = setOf(`über unter hinter gegen neben wegen zwischen nahe gegenüber oder aber wie sowie
weder entlang außerhalb innerhalb oberhalb unterhalb jenseits diesseits`)

// neuterLeads are the words before an adjective that lets a town follow:
// the prepositions of places, alone or merged with an article, and the
// neuter articles.
var neuterLeads = setOf(`im ins am vom zum beim dem das des ein einem eines in nach aus von bei bis
durch um für ab an auf`)

// adjectiveNoun reports whether the word before byte at of text is an
// inflected lower-case adjective or determiner (a word of three letters
// or more ending in e, en, er, es or em, not a townLead), with no
// neuterLead before it: the name at at is then a noun.
func adjectiveNoun(text string, at int) bool {
	w, from := rawWordBefore(text, at)
	if utf8.RuneCountInString(w) < 3 || !inflected(w) || townLeads[w] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	return !neuterLeads[wordBefore(text, from)]
}

// inflected reports whether w ends as a German adjective does.
func inflected(w string) bool {
	for _, end := range [...]string{"e", "en", "er", "es", "em"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// rawWordBefore returns the word, hyphens included ("nordwest-syrische"),
// that ends before the spaces preceding byte at of text, as written, and
// where it starts ("" when punctuation comes first).
func rawWordBefore(text string, at int) (string, int) {
	j := runBack(text, at, unicode.IsSpace)
	i := runBack(text, j, func(r rune) bool { return unicode.IsLetter(r) || r == '-' })
	return text[i:j], i
}
