package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGermanNounsNamingTowns checks that in German a noun that is also a
// town's name is no place when the text always writes it after an
// article, and that a town written without one stays a place.
func TestGermanNounsNamingTowns(t *testing.T) {
	text := "Am Ende des Tages fiel die Tasse auf den Boden. Die Familie Kellrath ging danach zum Essen.\n" +
		"Die Firma Orvatec zieht von Essen nach Berlin."
	kinds := recognizedKinds(t, "de", text)
	for _, noun := range []string{"Ende", "Boden"} {
		assert.NotContains(t, kinds, noun, "%v", kinds)
	}
	for _, town := range []string{"Essen", "Berlin"} {
		assert.Contains(t, kinds, town, "%v", kinds)
	}
}
