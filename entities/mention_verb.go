package entities

import (
	"unicode"
	"unicode/utf8"
)

// A person's name holds no lower-case word but its particles ("Charles
// de Gaulle", "Ludwig van Beethoven"). When the tagger runs two names
// together over a common word between them ("Meghan told Winfrey",
// "Macron reçoit Scholz"), that word is a verb or a link, not part of a
// name: the span is cut around it, and clean drops the lower-case piece.

// personParticles are the lower-case words found inside a person's
// name besides nameParticles: "Guy de la Tour d'Auvergne", "Felipe y
// Borbón", "Prince of Wales", "Mohamed ould Ghazouani".
var personParticles = map[string]bool{
	"bint": true, "ben": true, "het": true, "dit": true, "the": true, "ould": true,
	"abu": true, "dei": true, "degli": true,
}

// splitAtLowerWords cuts the person spans of sent at each lower-case
// common word inside them that is not a name particle; the word becomes a
// piece of its own, which clean drops. spans is left as it is.
func (t *Tagger) splitAtLowerWords(spans []Span, sent []Token) []Span {
	var out []Span
	for k, sp := range spans {
		if sp.Type != TypePER || sp.End-sp.Start < 3 {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		from := sp.Start
		for i := sp.Start + 1; i < sp.End-1; i++ {
			if !t.linkWord(sent[i].Text) {
				continue
			}
			if out == nil {
				out = append(make([]Span, 0, len(spans)+4), spans[:k]...)
			}
			if i > from {
				out = append(out, Span{Type: sp.Type, Start: from, End: i})
			}
			out = append(out, Span{Type: sp.Type, Start: i, End: i + 1})
			from = i + 1
		}
		if out != nil {
			out = append(out, Span{Type: sp.Type, Start: from, End: sp.End})
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// linkWord reports whether w, inside a person's name, is a lower-case
// common word of French or English, of three letters or more, that no
// name holds and no gazetteer knows as a name ("Dan").
func (t *Tagger) linkWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) || utf8.RuneCountInString(w) <= 2 || nameParticles[w] || personParticles[w] {
		return false
	}
	c := t.gaz.wordOf(w)
	return c&(gFrWord|gEnWord) != 0 && c&(nameClasses|gNamePart) == 0
}
