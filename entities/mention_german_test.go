package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGermanLeadWords checks that a German clause's opening word is no
// name and does not start one.
func TestGermanLeadWords(t *testing.T) {
	text := "Solange der Boden offen ist, bleibt Anna Velbrink in Velbrück.\n" +
		"Wer an jenem Tag kommt, trifft Anna Velbrink.\n" +
		"Sobald Anna Velbrink kam, begann das Fest. Sie rief: „Wer kommt mit?“"
	kinds := recognizedKinds(t, "de", text)
	for _, junk := range []string{"Solange der Boden", "Solange", "Wer", "Sobald Anna Velbrink"} {
		assert.NotContains(t, kinds, junk, "%v", kinds)
	}
	assert.Contains(t, kinds, "Anna Velbrink", "%v", kinds)
	for text, want := range map[string]bool{"Solange": true, "Solange Knowles": true, "Wenn": false, "Solange der Boden": false, "wenn der Boden": true} {
		_, ok := cutGermanLead(mention{toks: Tokenize(text)})
		assert.Equal(t, want, ok, text)
	}
}

// TestGermanTimeNouns checks that "Ende" or "Mitte" before a month or a
// year is no place, and that a time noun elsewhere is left to the other
// rules.
func TestGermanTimeNouns(t *testing.T) {
	text := "Die Arbeiten in Velbrück dauern bis Ende 2017. Mitte Oktober kam Anna Velbrink nach Velbrück zurück."
	kinds := recognizedKinds(t, "de", text)
	for _, junk := range []string{"Ende", "Mitte", "Mitte Oktober"} {
		assert.NotContains(t, kinds, junk, "%v", kinds)
	}
	for _, c := range []struct {
		text, next string
		want       bool
	}{
		{"Ende", "2017", true}, {"Mitte", "Januar", true}, {"Ende September", "", true},
		{"Ende", "Bahnhof", false}, {"Ende", "AI", false}, {"Paris", "2024", false},
	} {
		assert.Equal(t, c.want, timeNoun(mention{toks: Tokenize(c.text)}, c.next), c.text)
	}
}

// TestNounAcronyms checks that an acronym for a common noun is no name
// while a company's acronym is kept.
func TestNounAcronyms(t *testing.T) {
	kinds := recognizedKinds(t, "en", "The LCD is not included, and the DVR of Velmora Systems uses a VPN. Analysts at KVRN praised it.")
	for _, junk := range []string{"LCD", "DVR", "VPN"} {
		assert.NotContains(t, kinds, junk, "%v", kinds)
	}
	assert.Contains(t, kinds, "Velmora Systems", "%v", kinds)
}
