package entities

import "unicode"

// German capitalises every noun and opens its clauses with words that
// the tagger, trained on French and English, reads as names: "Wer an
// jenem Tag…" (a town), "Solange der Boden offen ist" (a person), "Ende
// September" and "Mitte 2011" (places).

// germanLeadWords open a German clause and never begin a name: relative
// pronouns and conjunctions. Words that are also names or towns
// ("Weil", "Falls", "Als") are left out.
var germanLeadWords = map[string]bool{
	"wer": true, "solange": true, "sobald": true, "obwohl": true, "nachdem": true, "wenn": true,
	"damit": true, "dass": true, "während": true, "bevor": true, "sodass": true, "sofern": true,
	"wobei": true, "weshalb": true, "warum": true, "wieso": true, "jedoch": true, "trotzdem": true,
}

// cutGermanLead drops the German lead word, capitalised, that opens m
// (in lower case it is inside a clause the other rules judge). Alone, the
// word is no name wherever it stands (after a quote mark, „Wer …", the
// sentence seems to go on), but for "Solange", a first name too; before
// a lower-case word ("Solange der Boden") the mention is a clause, and
// is dropped (false). Before capitals, the word is cut at a sentence's
// start when two or more words are left ("Sobald Anna Berg kam"), and
// kept with them otherwise ("Solange Knowles").
func cutGermanLead(m mention) (mention, bool) {
	first := m.toks[0].Text
	switch {
	case first[0] < 'A' || first[0] > 'Z' || !inLower(germanLeadWords, first):
		return m, true
	case len(m.toks) == 1:
		return m, first == "Solange"
	case !hasUpperOrDigit(m.toks[1].Text):
		return m, false
	case m.initial && len(m.toks) > 2:
		m.toks = m.toks[1:]
	}
	return m, true
}

// germanTimeNouns place a moment in a month or a year: "Anfang Oktober",
// "Mitte 2011", "Ende September".
var germanTimeNouns = map[string]bool{"Anfang": true, "Mitte": true, "Ende": true, "Beginn": true}

// germanMonths are the German months.
var germanMonths = map[string]bool{
	"Januar": true, "Jänner": true, "Februar": true, "März": true, "April": true, "Mai": true,
	"Juni": true, "Juli": true, "August": true, "September": true, "Oktober": true,
	"November": true, "Dezember": true,
}

// timeNoun reports whether m is a German time noun, alone or with the
// month it is read with, followed by a month or a year (next is the
// word after the mention, "" at the sentence's end).
func timeNoun(m mention, next string) bool {
	if len(m.toks) > 2 || !germanTimeNouns[m.toks[0].Text] {
		return false
	}
	if len(m.toks) == 2 {
		next = m.toks[1].Text
	}
	return germanMonths[next] || isYear(next)
}

// isYear reports whether w is four digits from 1000 to 2999.
func isYear(w string) bool {
	return len(w) == 4 && leadingDigits(w) == 4 && (w[0] == '1' || w[0] == '2')
}

// nextWord returns the run of letters and digits after the spaces that
// follow byte at of text, as written.
func nextWord(text string, at int) string {
	i := runForward(text, at, unicode.IsSpace)
	return text[i:runForward(text, i, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })]
}
