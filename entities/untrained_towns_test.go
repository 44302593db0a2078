package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// TestTownAsTimeNoun checks that a town written after an article and,
// elsewhere, before a year is a noun: "am Ende", "bis Ende 2017".
func TestTownAsTimeNoun(t *testing.T) {
	tg, err := NewTagger(nil)
	require.NoError(t, err)
	g := &group{text: "Es hängt am Ende davon ab. Noch bis Ende 2017 galt es, und in Ende wohnt niemand."}
	at := func(n int) mention {
		i := strings.Index(g.text[n:], "Ende") + n
		return mention{typ: TypeLOC, toks: []Token{{Text: "Ende", Start: i, End: i + len("Ende")}}}
	}
	g.ms = []mention{at(0), at(20)}
	assert.True(t, tg.townAsNoun(g, []string{"Ende"}))
	g.ms = append(g.ms, at(50))
	assert.False(t, tg.townAsNoun(g, []string{"Ende"}))
}
