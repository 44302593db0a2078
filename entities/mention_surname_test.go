package entities

import (
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSurnameTakesPersonType checks that a bare surname the tagger read
// as a place joins the person the text names in full, and that a word
// the dictionaries know as a place or a common word stays apart.
func TestSurnameTakesPersonType(t *testing.T) {
	text := "Senator Amy Korbuchan opens her campaign\n\n" +
		"Senator Amy Korbuchan announced her run for president on Sunday in a snowy park in Minneapolis. " +
		"The Des Moines Register backed Warren; the Manchester Union-Leader backed Korbuchan. " +
		"Polls in Iowa put Korbuchan behind the leaders, yet the crowd in the park was large."
	ents, err := New().Recognize(&article.Article{Language: "en", Text: text})
	require.NoError(t, err)
	byName := map[string]article.Entity{}
	for _, e := range ents {
		byName[e.Name] = e
	}
	assert.NotContains(t, byName, "Korbuchan", "%v", byName)
	assert.Equal(t, article.EntityPerson, byName["Amy Korbuchan"].Kind)
	assert.Len(t, byName["Amy Korbuchan"].Mentions, 4)

	tg, err := NewTagger(nil)
	require.NoError(t, err)
	for w, want := range map[string]bool{"Korbuchan": true, "Austin": false, "Certificate": false, "IBM": false} {
		assert.Equal(t, want, tg.bareSurname(w), w)
	}
}
