package entities

import (
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFacilityType checks that a person-tagged name opened by the kind of
// place or institution it names takes that kind, and that a person's name
// stays a person's.
func TestFacilityType(t *testing.T) {
	cases := []struct{ name, text, typ, want string }{
		{"library", "Médiathèque Jean-de-La-Fontaine", TypePER, TypeORG},
		{"school, lower case", "lycée Jean-Moulin", TypePER, TypeORG},
		{"street", "rue Victor-Hugo", TypePER, TypeLOC},
		{"stadium", "Stade Pierre-Mauroy", TypePER, TypeLOC},
		{"person", "Jean Moulin", TypePER, TypePER},
		{"facility word alone", "Gare", TypePER, TypePER},
		{"lower case after", "Place publique", TypePER, TypePER},
		{"organisation kept", "Musée Grévin", TypeORG, TypeORG},
	}
	for _, c := range cases {
		m := mention{typ: c.typ, toks: Tokenize(c.text)}
		assert.Equal(t, c.want, facilityType(m), c.name)
	}
}

// TestFacilityNamedAfterPerson checks, through the default recognizer,
// that a library named after a writer is not a person.
func TestFacilityNamedAfterPerson(t *testing.T) {
	text := "Pratique. Médiathèque Jean-de-La-Fontaine, 12 rue de la Paix. Ouverte du mardi au dimanche."
	ents, err := New().Recognize(&article.Article{Language: "fr", Text: text})
	require.NoError(t, err)
	kinds := map[string]article.EntityKind{}
	for _, e := range ents {
		kinds[e.Name] = e.Kind
	}
	assert.Equal(t, article.EntityOrganization, kinds["Médiathèque Jean-de-La-Fontaine"], "%v", kinds)
}
