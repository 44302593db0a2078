package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAddRepeats checks that a name found once is found wherever the text
// writes it alone, and nowhere else.
func TestAddRepeats(t *testing.T) {
	cases := []struct {
		name, text, found string // found: the mention the tagger gave, at its first place
		want              []string
	}{
		{"repeated in quotes", "Le modèle Mistral Large sort. Le modèle « Mistral Large » arrive.", "MISC:Mistral Large",
			[]string{"MISC:Mistral Large", "MISC:Mistral Large"}},
		{"sentence start", "Azure AI grandit. Selon eux, Azure AI domine. Azure AI recrute.", "ORG:Azure AI",
			[]string{"ORG:Azure AI", "ORG:Azure AI", "ORG:Azure AI"}},
		{"inside a longer name", "Mistral parle. Mistral Large sort.", "ORG:Mistral",
			[]string{"ORG:Mistral"}},
		{"after a capitalised word", "Mistral parle. Chez Le Mistral on dîne.", "ORG:Mistral",
			[]string{"ORG:Mistral"}},
		{"other capitals", "Apple vend. Une apple pie.", "ORG:Apple",
			[]string{"ORG:Apple"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(tc.text)
			ms := mentionsAt(tc.text, tc.found)[:1]
			var got []string
			for _, m := range addRepeats(toks, ms) {
				got = append(got, m.typ+":"+m.text(tc.text))
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
