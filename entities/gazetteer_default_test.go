package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDefaultGazetteerClasses checks that the embedded lists file names
// under their classes, and that the WordNet and name-part lists leave out
// single words that are also common English words.
func TestDefaultGazetteerClasses(t *testing.T) {
	g, err := loadDefaultGazetteer()
	require.NoError(t, err)
	cases := []struct {
		name      string
		has, lack uint32
	}{
		{"Abraham Lincoln", gWnPerson, 0},
		{"Danube", gWnPlace, 0},
		{"Red Cross", gWnOrg, 0},
		{"Victorian", gWnAdj, 0},
		{"Buddhism", gWnNoun, 0},
		{"Liechtensteiner", gWnPeople, 0},
		{"Latasha", gNamePart, 0},
		{"Open", 0, gWnMisc | gWnNoun | gNamePart},
		{"Latch", 0, gNamePart},
		{"Bordeaux", gCity, 0},
	}
	for _, c := range cases {
		got := g.classes(strings.Fields(c.name))
		assert.Equal(t, c.has, got&c.has, "%s has %b", c.name, got)
		assert.Zero(t, got&c.lack, "%s has %b", c.name, got)
	}
}
