package entities

import (
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recognizedKinds returns the kinds of the entities the default
// recognizer finds in text, by name.
func recognizedKinds(t *testing.T, lang, text string) map[string]article.EntityKind {
	t.Helper()
	ents, err := New().Recognize(&article.Article{Language: lang, Text: text})
	require.NoError(t, err)
	kinds := map[string]article.EntityKind{}
	for _, e := range ents {
		kinds[e.Name] = e.Kind
	}
	return kinds
}

// TestVerbSplitsPersons checks that two names the tagger ran together
// over a verb come out as two people, not one.
func TestVerbSplitsPersons(t *testing.T) {
	kinds := recognizedKinds(t, "en", "Meghan told Winfrey that a relative had asked about the baby.")
	assert.NotContains(t, kinds, "Meghan told Winfrey", "%v", kinds)
	assert.Equal(t, article.EntityPerson, kinds["Winfrey"], "%v", kinds)
}

// TestLinkWord checks which lower-case words cut a person's name.
func TestLinkWord(t *testing.T) {
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	for w, want := range map[string]bool{"told": true, "reçoit": true, "de": false, "van": false,
		"bin": false, "of": false, "Told": false, "a": false} {
		assert.Equal(t, want, tg.linkWord(w), w)
	}
}

// TestFrenchOrSeparates checks that French "ou" lists two names.
func TestFrenchOrSeparates(t *testing.T) {
	kinds := recognizedKinds(t, "fr", "Le nombre d'inscrits sur Snapchat ou Discord depuis lors a doublé.")
	assert.NotContains(t, kinds, "Snapchat ou Discord", "%v", kinds)
	assert.Contains(t, kinds, "Discord", "%v", kinds)
}

// TestTownBeforeRegion checks that a town written with its department in
// brackets is a place, and that a first name or an unknown word before
// a place in brackets stays as the tagger read it.
func TestTownBeforeRegion(t *testing.T) {
	kinds := recognizedKinds(t, "fr", "L'imam de la mosquée de Beaucaire (Gard), Karim B., a été condamné jeudi.")
	assert.Equal(t, article.EntityLocation, kinds["Beaucaire"], "%v", kinds)
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	for _, text := range []string{"Sarah (Paris)", "Zorblatt (Paris)", "Beaucaire(Gard)"} {
		toks := Tokenize(text)
		words := make([]string, len(toks))
		for i, tk := range toks {
			words[i] = tk.Text
		}
		sp := Span{Type: TypePER, Start: 0, End: 1}
		spans := []Span{sp, {Type: TypeLOC, Start: 2, End: 3}}
		m := mention{typ: TypePER, toks: toks[:1]}
		assert.Equal(t, TypePER, tg.regionType(m, sp, spans, toks, words), text)
	}
}

// TestStormName checks that a storm's name is neither a place nor a
// person.
func TestStormName(t *testing.T) {
	kinds := recognizedKinds(t, "fr", "Après le passage de la tempête Ciaran, des milliers de foyers restent privés d'électricité.")
	assert.Equal(t, article.EntityMisc, kinds["Ciaran"], "%v", kinds)
	m := mention{typ: TypePER, toks: Tokenize("Hurricane Katrina")}
	assert.Equal(t, TypeMISC, stormType(m, "the"))
	m = mention{typ: TypePER, toks: Tokenize("Katrina")}
	assert.Equal(t, TypePER, stormType(m, "the"))
}

// TestClockTimeNotName checks that a time of day is never a name, and
// that names and words with digits that are not times stay.
func TestClockTimeNotName(t *testing.T) {
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	for text, want := range map[string]bool{"01h53": false, "3.30pm": false, "2pm": false, "11AM": false,
		"Windows 11": true, "G7": true, "A380": true, "4h": true, "24h Le Mans": true, "3.30": false} {
		m := mention{typ: TypeLOC, toks: Tokenize(text)}
		_, ok := tg.clean(m, text)
		assert.Equal(t, want, ok, text)
	}
	kinds := recognizedKinds(t, "fr", "Suivez notre direct.\n01h53 Les manifestants quittent la place de la République.")
	assert.NotContains(t, kinds, "01h53", "%v", kinds)
}

// TestSplitAtLowerWords checks the pieces a person span is cut into,
// with two link words in a row and a particle kept.
func TestSplitAtLowerWords(t *testing.T) {
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	sent := Tokenize("Jean told then Marie de Gaulle")
	spans := []Span{{Type: TypePER, Start: 0, End: 6}}
	want := []Span{{Start: 0, End: 1, Type: TypePER}, {Start: 1, End: 2, Type: TypePER},
		{Start: 2, End: 3, Type: TypePER}, {Start: 3, End: 6, Type: TypePER}}
	assert.Equal(t, want, tg.splitAtLowerWords(spans, sent))
	assert.Equal(t, []Span{{Type: TypePER, Start: 0, End: 6}}, spans)
}

// TestContinentsInOtherLanguages checks that a continent named in
// German or Spanish is a place, as in French and English.
func TestContinentsInOtherLanguages(t *testing.T) {
	kinds := recognizedKinds(t, "de", "Der Jugendverband Kellrath fordert, dass sich die Regierung mehr für das geeinte Europa einsetzt.")
	assert.Equal(t, article.EntityLocation, kinds["Europa"], "%v", kinds)
	assert.True(t, inLowerWords(continents, []string{"Südamerika"}))
	assert.True(t, inLowerWords(continents, []string{"África"}))
}

// assertNames checks that kinds, the entities found by name, holds none
// of absent and all of present.
func assertNames(t *testing.T, kinds map[string]article.EntityKind, absent, present []string) {
	t.Helper()
	for _, name := range absent {
		assert.NotContains(t, kinds, name, "%v", kinds)
	}
	for _, name := range present {
		assert.Contains(t, kinds, name, "%v", kinds)
	}
}
