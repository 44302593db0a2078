package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCutLeadWord checks that a clause word the tagger ran into a name at
// a sentence's start is cut off, and that the pronoun "I" is no name.
func TestCutLeadWord(t *testing.T) {
	cases := []struct {
		name, text, typ string
		initial         bool
		want            string // "" = the mention is dropped
	}{
		{"while", "While Tesselo Labs", TypeORG, true, "Tesselo Labs"},
		{"both", "Both Corvane Events", TypeORG, true, "Corvane Events"},
		{"french", "Lorsque Halden Group", TypeORG, true, "Halden Group"},
		{"one word left", "While Tesselo", TypeORG, true, ""},
		{"so I", "So I", TypePER, true, ""},
		{"pronoun", "I", TypeORG, true, ""},
		{"pronoun inside a sentence", "I", TypeORG, false, ""},
		{"work title kept", "When Rivers Sing", TypeMISC, true, "When Rivers Sing"},
		{"not at a sentence start", "While Tesselo Labs", TypeORG, false, "While Tesselo Labs"},
		{"lower case after", "Since tesselo", TypeORG, true, "Since tesselo"},
		{"name word kept", "After Effects", TypeMISC, true, "After Effects"},
	}
	for _, c := range cases {
		m := mention{typ: c.typ, toks: Tokenize(c.text), initial: c.initial}
		got, ok := cutLeadWord(m)
		if c.want == "" {
			assert.False(t, ok, c.name)
			continue
		}
		if assert.True(t, ok, c.name) {
			assert.Equal(t, c.want, strings.TrimSpace(got.text(c.text)), c.name)
		}
	}
}
