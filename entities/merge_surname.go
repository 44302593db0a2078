package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// speaksAsPerson reports whether the one-word group short is used the
// way a news text uses a person's surname: as the one who speaks, right
// before a speech verb ("Harlan said", "Forbes admits") or right after
// one ("said Harlan", "selon Harlan"). Such a bare surname goes to the
// person it names rather than to an organisation that starts with it
// ("Harlan Foods").
func speaksAsPerson(short *group, sw []string) bool {
	if len(sw) != 1 || isAcronym(sw[0]) {
		return false
	}
	for _, m := range short.ms {
		if speechWords[wordAfter(short.text, m.end())] || speechBefore[wordBefore(short.text, m.start())] {
			return true
		}
	}
	return false
}

// wordAfter returns the lower-cased word that starts after the spaces
// following byte at of text ("" when punctuation comes first).
func wordAfter(text string, at int) string {
	i := runForward(text, at, unicode.IsSpace)
	return strings.ToLower(text[i:runForward(text, i, unicode.IsLetter)])
}

// wordBefore returns the lower-cased word that ends before the spaces
// preceding byte at of text ("" when punctuation comes first).
func wordBefore(text string, at int) string {
	j := runBack(text, at, unicode.IsSpace)
	return strings.ToLower(text[runBack(text, j, unicode.IsLetter):j])
}

// runForward returns the end of the run of runes from byte i of text that
// in accepts.
func runForward(text string, i int, in func(rune) bool) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !in(r) {
			break
		}
		i += n
	}
	return i
}

// runBack returns the start of the run of runes ending at byte j of text
// that in accepts.
func runBack(text string, j int, in func(rune) bool) int {
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !in(r) {
			break
		}
		j -= n
	}
	return j
}

// speechWords are speech verbs that follow the one who speaks, in
// English and French (the French present tense: "Harlan estime").
var speechWords = setOf(`says said told tells adds added explains explained notes noted admits
admitted agrees agreed reveals revealed recalls recalled insists insisted argues argued writes wrote
warns warned adds asks asked replies replied continues continued believes believed thinks
estime explique ajoute affirme souligne assure indique précise raconte confie reconnaît poursuit
rappelle insiste déclare répond juge`)

// speechBefore are the words that stand right before the one who speaks
// when the name follows the verb ("said Harlan", "selon Harlan").
var speechBefore = setOf(`said says told added explained noted asked selon`)

// setOf returns the words of a space-separated list as a set.
func setOf(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}
