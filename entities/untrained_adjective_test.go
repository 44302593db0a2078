package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGermanNounsAfterAdjectives checks that in German a noun that is
// also a town's name is no place after an adjective with no neuter
// article before it ("ihre Waren", "gutes Essen"), and that a town after
// a preposition and an adjective stays a place ("ins benachbarte Siegen").
func TestGermanNounsAfterAdjectives(t *testing.T) {
	text := "Händler am Hafen\n\nDie Händler am Hafen verkaufen ihre Waren jeden Morgen. Wegen der angespannten " +
		"Lage bleibt der Markt am Sonntag geschlossen, sagte die Sprecherin der Stadt. Am Abend gibt es gutes " +
		"Essen an den Ständen. Die Firma Orvatec zieht ins benachbarte Siegen und eröffnet dort ein Lager."
	assertNames(t, recognizedKinds(t, "de", text), []string{"Waren", "Essen"}, []string{"Siegen"})
}

// TestAdjectiveNoun checks the words before a noun and before a town.
func TestAdjectiveNoun(t *testing.T) {
	for text, want := range map[string]bool{
		"verkaufen ihre Waren":           true,
		"an der territorialen Lage":      true,
		"im benachbarten Siegen":         false,
		"um das nordwest-syrische Idlib": false,
		"über Essen":                     false,
		"oder Essen":                     false,
		"fahren nach Essen":              false,
		"die Stadt Essen":                false,
	} {
		i := len(text)
		for text[i-1] != ' ' {
			i--
		}
		assert.Equal(t, want, adjectiveNoun(text, i), text)
	}
}
