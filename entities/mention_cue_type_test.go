package entities

import (
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
)

// TestCueTypes checks that a person's name after "éditions" is a
// publisher, and that a name after a place noun and "de" or "of" is a
// place.
func TestCueTypes(t *testing.T) {
	text := "Un premier roman remarqué\n\nSon premier roman, traduit de l'islandais par Jeanne Morvillon, paraît " +
		"aux éditions Paul Varenne, à Lyon, au printemps."
	kinds := recognizedKinds(t, "fr", text)
	assert.Equal(t, article.EntityOrganization, kinds["Paul Varenne"], "%v", kinds)
	assert.Equal(t, article.EntityPerson, kinds["Jeanne Morvillon"], "%v", kinds)

	cases := []struct {
		typ, before, want string
	}{
		{TypeORG, "la plage du ", TypeLOC}, {TypePER, "the town of ", TypeLOC}, {TypePER, "la commune d'", TypeLOC},
		{TypePER, "les éditions ", TypeORG}, {TypeLOC, "éditions ", TypeLOC}, {TypePER, "le maire de ", TypePER},
		{TypePER, "selon ", TypePER}, {TypeORG, "", TypeORG},
	}
	for _, c := range cases {
		m := mention{typ: c.typ, toks: Tokenize("Kervaric")}
		words := TokenizeWords(c.before + "Kervaric")
		assert.Equal(t, c.want, cueType(m, words[:len(words)-1]), c.before)
	}
}
