package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTrailingRole checks that a boss's abbreviated title after a
// company's name stays out of the company's name.
func TestTrailingRole(t *testing.T) {
	kinds := recognizedKinds(t, "en", "Analysts cheered when the Velmora CEO announced a buyback.")
	assert.NotContains(t, kinds, "Velmora CEO", "%v", kinds)
	assert.Contains(t, kinds, "Velmora", "%v", kinds)
	for text, want := range map[string]string{"Korvane CEO": "Korvane", "CEO": "CEO", "Korvane Labs": "Korvane Labs"} {
		assert.Equal(t, want, cutTrailingRole(mention{toks: Tokenize(text)}).text(text), text)
	}
}
