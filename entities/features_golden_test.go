package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldenSentences are hand-written sentences that reach every feature
// template: quotation marks, gazetteer phrases and cue words, elisions,
// capitals, digits, mixed shapes and non-ASCII letters.
var goldenSentences = []string{
	`Le président Emmanuel Macron a reçu M. Olaf Scholz à l’Élysée , « pour parler de l'UE » .`,
	`La start-up Mistral AI , basée à Paris , lève 385 millions d'euros auprès d'Andreessen Horowitz .`,
	`In New York , Apple Inc. and the company "OpenAI" signed a deal with the U.S. government in 2023 .`,
	`ÉTATS-UNIS : le lac Léman et la rue de Rivoli , à Saint-Étienne-du-Rouvray , le 3,5 % de iPhone 15 .`,
	`“ Le Monde ” cite l’ONU , the CEO Jean-Luc Mélenchon and Dr. Who's TARDIS at https://example.org/x .`,
	`Ο Γιώργος Παπαδόπουλος visited Москва and 東京 with Zoë O'Brien and ŒUVRE d'İstanbul .`,
	`” « " » “ ( — : • ' ‘ - – x`,
}

// goldenTexts returns the sentences of the seed article and of
// goldenSentences, tokenized.
func goldenTexts(t testing.TB) [][]string {
	data, err := os.ReadFile("../testdata/mistral-large-fr.txt")
	require.NoError(t, err)
	var out [][]string
	for _, line := range append(strings.Split(string(data), "\n"), goldenSentences...) {
		if w := TokenizeWords(line); len(w) > 0 {
			out = append(out, w)
		}
	}
	out = append(out, []string{"x"}, []string{"Paris"}, []string{"«", "»"})
	return out
}

// mix folds v into the checksum h.
func mix(h, v uint64) uint64 { return uint64(hasher(h).num(v)) }

// featureChecksum hashes the features the trainer sees for sents.
func featureChecksum(t testing.TB, sents [][]string) uint64 {
	g, err := defaultGazetteer()
	require.NoError(t, err)
	f := newFeaturizer(g)
	h := fnvOffset
	for _, s := range sents {
		f.compute(s)
		for i := range s {
			for _, k := range f.of(i) {
				h = mix(h, uint64(k))
			}
			h = mix(h, 1<<40)
		}
	}
	return h
}

// TestFeaturesUnchanged checks that the features of goldenSentences are
// those the embedded model was trained with: a change of a feature
// template, of the hashing, of the tokenizer or of the gazetteers shows
// here, and calls for retraining the model (then for a new checksum).
func TestFeaturesUnchanged(t *testing.T) {
	var sents [][]string
	for _, s := range goldenSentences {
		sents = append(sents, TokenizeWords(s))
	}
	assert.Equal(t, uint64(0x6b1c08f17d4b635f), featureChecksum(t, sents))
}
