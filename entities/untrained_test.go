package entities

import (
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTrainedFor(t *testing.T) {
	for lang, want := range map[string]bool{"": true, "fr": true, "fr-CA": true, "EN-gb": true, "de": false, "es": false, "de-AT": false} {
		assert.Equal(t, want, trainedFor(primaryLanguage(lang)), lang)
	}
}

// TestUntrainedLanguages checks that in a language the model was not
// trained on only sure names are kept: acronyms, known places inside a
// sentence, people opened by a first name, and, where capitals mark names,
// capitalised runs inside a sentence.
func TestUntrainedLanguages(t *testing.T) {
	cases := []struct {
		lang, text string
		want, not  []string
	}{
		{"de", "Mit Schnellzugtrassen durch Europa will die FDP zum Klimaschutz beitragen. " +
			"Die Strecken gibt es längst. Christian Lindner sagte in Berlin, die Zugverbindung von Madrid " +
			"nach Paris sei zu langsam. Die Fahrt dauert lange. Wer reist, braucht Geduld.",
			[]string{"FDP", "Christian Lindner", "Berlin", "Paris"},
			[]string{"Mit Schnellzugtrassen", "Klimaschutz", "Die Strecken", "Zugverbindung von Madrid", "Die Fahrt", "Wer"}},
		{"es", "Según el Gobierno, Alberto Fernández viajó a Buenos Aires. Desde la Casa Rosada, el Frente de Todos " +
			"pidió calma. Pero nadie respondió.",
			[]string{"Alberto Fernández", "Buenos Aires", "Casa Rosada", "Frente de Todos"},
			[]string{"Según", "Desde", "Pero", "Gobierno"}},
	}
	r := New()
	for _, tc := range cases {
		t.Run(tc.lang, func(t *testing.T) {
			ents, err := r.Recognize(&article.Article{Language: tc.lang, Text: tc.text})
			require.NoError(t, err)
			names := map[string]bool{}
			for _, e := range ents {
				names[e.Name] = true
			}
			for _, n := range tc.want {
				assert.True(t, names[n], "missing %q in %v", n, names)
			}
			for _, n := range tc.not {
				assert.False(t, names[n], "kept %q", n)
			}
		})
	}
}
