package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAugmentKeepsMisc checks that the copies Augment makes swap persons,
// organisations and places but keep every misc name as it was.
func TestAugmentKeepsMisc(t *testing.T) {
	var sents []Sentence
	for _, line := range []string{
		"[PER Anna Berg] joined [ORG Nordvik Bank] in [LOC Oslo] after the [MISC 2012 Winter Games] .",
		"The [MISC Norwegian] singer [PER Ola Dahl] released [MISC Blue Fjords] with [ORG Polar Records] .",
		"[PER Marc Lenoir] a quitté [ORG Valmont] pour [LOC Lyon] avant le [MISC Tour de France] .",
	} {
		s, err := ParseBracket(line)
		require.NoError(t, err)
		sents = append(sents, s)
	}
	names := func(s Sentence, misc bool) []string {
		var out []string
		for _, sp := range Spans(s.Tags) {
			if (sp.Type == TypeMISC) == misc {
				out = append(out, strings.Join(s.Tokens[sp.Start:sp.End], " "))
			}
		}
		return out
	}
	// Every sentence has names, so each pass copies all of them in order.
	out := Augment(sents, AugmentOptions{Copies: 20, Replace: 1, Seed: 7})
	require.Len(t, out, 21*len(sents))
	swapped := 0
	for i, s := range out[len(sents):] {
		src := sents[i%len(sents)]
		assert.Equal(t, names(src, true), names(s, true), "misc names of a copy of %v", src.Tokens)
		if !assert.ObjectsAreEqual(names(src, false), names(s, false)) {
			swapped++
		}
	}
	assert.Positive(t, swapped, "no person, organisation or place was swapped")
}
