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
			for _, m := range addRepeats(tc.text, toks, ms) {
				got = append(got, m.typ+":"+m.text(tc.text))
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestRepeatsOpenSentences checks that a repeat after a sentence's end or
// a line break opens its sentence, as the tagger's mentions do: a German
// "Ob" (a river) that only ever opens sentences is then no sure place.
func TestRepeatsOpenSentences(t *testing.T) {
	text := "Zorvek sprach. Zorvek ging\nZorvek blieb, sagte Zorvek"
	ms := addRepeats(text, Tokenize(text), mentionsAt(text, "PER:Zorvek")[:1])
	var initial []bool
	for _, m := range ms[1:] { // the repeats, after the tagger's mention
		initial = append(initial, m.initial)
	}
	assert.Equal(t, []bool{true, true, false}, initial)

	kinds := recognizedKinds(t, "de", "Neue Räder im Test\n\nDie Firma Velotec hat ihre Räder neu gestaltet. "+
		"Ob die neuen Modelle besser fahren, zeigt erst der Sommer. Ob sich der höhere Preis lohnt, bleibt offen. "+
		"Ob, wie und wann die Händler liefern, sagte Velotec nicht.")
	assert.NotContains(t, kinds, "Ob", "%v", kinds)
}
