package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAddLettersMatchesTokenizing checks that the fast path of
// Gazetteer.Add files phrases where tokenizing them would.
func TestAddLettersMatchesTokenizing(t *testing.T) {
	for _, p := range []string{"Paris", "A Coruña", "Los Angeles", "Saint Louis du Rhône", "ÉTATS UNIS", "İzmir"} {
		fast, slow := newGazetteer(), newGazetteer()
		fast.Add(gCity, p)
		words := TokenizeWords(p)
		if len(words) == 1 {
			slow.words.or(wordHash(normWord(words[0])), gCity)
		} else {
			slow.phrases.or(phraseHash(words), gCity)
			slow.starts.or(wordHash(normWord(words[0])), 1)
			slow.maxLen = len(words)
		}
		assert.Equal(t, slow.words, fast.words, p)
		assert.Equal(t, slow.phrases, fast.phrases, p)
		assert.Equal(t, slow.starts, fast.starts, p)
		assert.Equal(t, slow.maxLen, fast.maxLen, p)
	}
	for _, p := range []string{"Jean-Luc", "'s-Gravenzande", "St. Louis", "A  B", " A", "A "} {
		assert.Zero(t, lettersAndSpaces(p), p)
	}
}
