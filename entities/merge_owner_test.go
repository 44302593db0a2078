package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMergeOwnedNames checks that a short organisation name is not folded
// into a longer one that names something it owns or offers.
func TestMergeOwnedNames(t *testing.T) {
	cases := []struct {
		name, text string
		spec       []string
		want       map[string][]string // entity name -> aliases
	}{
		{"possessive", "Corvane grew. Corvane’s Pricing Team met. Corvane hired.",
			[]string{"ORG:Corvane’s Pricing Team", "ORG:Corvane"},
			map[string][]string{"Corvane’s Pricing Team": nil, "Corvane": nil}},
		{"possessive ascii", "Halden Labs said Halden Labs's Review Board met.",
			[]string{"ORG:Halden Labs's Review Board", "ORG:Halden Labs"},
			map[string][]string{"Halden Labs's Review Board": nil, "Halden Labs": nil}},
		{"possessive alone", "Brackett’s opened. Brackett closed.",
			[]string{"ORG:Brackett’s", "ORG:Brackett"},
			map[string][]string{"Brackett’s": {"Brackett"}}},
		{"survey", "the Corvane Wellness Survey, run by Corvane", []string{"ORG:Corvane Wellness Survey", "ORG:Corvane"},
			map[string][]string{"Corvane Wellness Survey": nil, "Corvane": nil}},
		{"bootcamp", "Tesselo Data Bootcamp; Tesselo teaches", []string{"ORG:Tesselo Data Bootcamp", "ORG:Tesselo"},
			map[string][]string{"Tesselo Data Bootcamp": nil, "Tesselo": nil}},
		{"formation", "la Quelvin Formation ; Quelvin forme", []string{"ORG:Quelvin Formation", "ORG:Quelvin"},
			map[string][]string{"Quelvin Formation": nil, "Quelvin": nil}},
		{"company suffix still merges", "Tesselo Labs said Tesselo grew", []string{"ORG:Tesselo Labs", "ORG:Tesselo"},
			map[string][]string{"Tesselo Labs": {"Tesselo"}}},
	}
	for _, c := range cases {
		ents := toEntities(mergeMentions(c.text, mentionsAt(c.text, c.spec...)))
		got := map[string][]string{}
		for _, e := range ents {
			got[e.Name] = e.Aliases
		}
		assert.Equal(t, c.want, got, c.name)
	}
}
