package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestUnitsAfterNumbers checks that units and magnitudes written after a
// number are no names, and that the names around them are kept.
func TestUnitsAfterNumbers(t *testing.T) {
	text := "The Tessaro board reads 2.3 GB/s and writes 5 Gbps over Velmont cables.\n" +
		"Orvina Labs sold 80TB drives to 27K customers and earned 5.2b last year.\n"
	kinds := recognizedKinds(t, "en", text)
	for _, unit := range []string{"GB", "Gbps", "80TB", "27K", "5.2b"} {
		assert.NotContains(t, kinds, unit, "%v", kinds)
	}
	assert.Contains(t, kinds, "Orvina Labs", "%v", kinds)
}

// TestUnitMention checks the words read as units.
func TestUnitMention(t *testing.T) {
	cases := []struct {
		word, prev string
		want       bool
	}{
		{"GB", "2.3", true}, {"Gbps", "480", true}, {"480Mbps", "", true}, {"27K", "", true},
		{"5.2b", "", true}, {"GB", "the", false}, {"M", "5", false}, {"Bard31", "", false},
		{"A4", "", false}, {"2024", "", false}, {"MB", "", false}, {"2 GB", "", true}, {"2 M", "", false},
		{"Route 66", "", false}, {"3M", "", false}, {"4K", "", false},
	}
	for _, c := range cases {
		m := mention{toks: Tokenize(c.word)}
		assert.Equal(t, c.want, unitMention(m, c.prev), c.word)
	}
}

// TestRepeatedRun checks that a run of a repeated button is no name.
func TestRepeatedRun(t *testing.T) {
	kinds := recognizedKinds(t, "en", "Book Now *Book Now *Book Now *Book Now *Book Now *Book Now *Book Now\n"+
		"Dorran Travel sells the tours of the Kesh Valley.\n")
	for name := range kinds {
		assert.NotContains(t, name, "Book Now", "%v", kinds)
	}
	assert.False(t, repeatedRun(Tokenize("New York Stock Exchange New York")))
	assert.True(t, repeatedRun(Tokenize("Now Book Now Book Now Book")))
}
