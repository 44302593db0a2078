package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCaptionWithMarkedCreditLeftOut(t *testing.T) {
	cases := []edgeCase{
		{"copyright sign", "<p>Riders on the new lanes of Main Street. © Agency / Jane Doe</p>", "new lanes of Main", ""},
		{"photo and copyright sign", "<p>The first protected crossing of the city, at dusk. Foto © Jane Doe, Ann Roe</p>", "protected crossing", ""},
		{"credit in parentheses", "<p>The mayor opens the first lane of the network (Photo: City Hall)</p>", "mayor opens", ""},
		{"symbol picture in parentheses", "<p>Cyclists wait at a red light in the old town. (Symbolbild: Agency)</p>", "red light", ""},
		{"credit alone in parentheses", "<p>(Credit: Jane Doe / Agency)</p>", "Jane Doe", ""},
		{"a year is no credit", "<p>The plan was first drawn up by the city in the old days. © 2024</p>", "", "first drawn up"},
		{"an aside in parentheses kept", "<p>The council voted the plan on Monday (for the second time).</p>", "", "second time"},
	}
	checkEdges(t, inMiddle, cases)
}

func TestMarkedCaptionNeedsCaption(t *testing.T) {
	assert.False(t, markedCaption("Too short. © Agency"), "a caption has a few words")
	assert.False(t, markedCaption("The new lanes of Main Street©Agency"), "a space sets the credit apart")
	assert.False(t, markedCaption("The new lanes of Main Street. © Agency. It said more."), "a credit ends no sentence")
	assert.True(t, markedCaption("The lanes open on Monday, the city said. © Agency"))
}
