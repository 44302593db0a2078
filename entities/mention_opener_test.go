package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWeakNameOpeners checks that a common word that is also a surname
// or a dictionary's name ("Yes", "Key") is no name when it only opens
// sentences, and that a name of the text keeps it.
func TestWeakNameOpeners(t *testing.T) {
	text := "Travelling with Tarrow Buses\n\n" +
		"Are pushchairs allowed on Tarrow buses? Yes, but they must be folded when the bus is busy.\n\n" +
		"Are mobility scooters carried? Yes.\n\n" +
		"Is there a luggage limit? Yes, two bags per passenger.\n\n" +
		"Key workers are now exempted from the fares, the operator said on Monday."
	assertNames(t, recognizedKinds(t, "en", text), []string{"Yes", "Key"}, []string{"Tarrow"})

	tg, err := NewTagger(nil)
	require.NoError(t, err)
	for w, want := range map[string]bool{"Yes": true, "Key": true, "Apple": false, "Gloria": false, "GM": false, "Paris": false} {
		assert.Equal(t, want, tg.weakNameWord(w), w)
	}
	words := nameWords([]mention{{toks: Tokenize("Francis Scott Key")}, {toks: Tokenize("Key")}})
	assert.True(t, words["Key"])
	assert.False(t, nameWords([]mention{{toks: Tokenize("Key")}})["Key"])
}
