package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMergeProductLinesAndPlaces checks that a name starting several
// organisations is the parent of a product line, that a known place
// starting an organisation's name stays a place, that a bare surname that
// speaks goes to the person rather than to the company named after them,
// and that the usual short forms still merge.
func TestMergeProductLinesAndPlaces(t *testing.T) {
	facts := func(ws []string) (bool, bool) {
		return len(ws) == 1 && (ws[0] == "Boston" || ws[0] == "Syracuse"), len(ws) == 1 && ws[0] == "Gooble"
	}
	cases := []struct {
		name, text string
		spec       []string
		want       map[string][]string // entity name -> aliases
	}{
		{"product line", "Quorvex Cloud grew and Quorvex Maps shrank; Quorvex hired.",
			[]string{"ORG:Quorvex Cloud", "ORG:Quorvex Maps", "ORG:Quorvex"},
			map[string][]string{"Quorvex Cloud": nil, "Quorvex Maps": nil, "Quorvex": nil}},
		{"company beside lines", "Quorvex Holdings owns Quorvex Maps; Quorvex hired.",
			[]string{"ORG:Quorvex Holdings", "ORG:Quorvex Maps", "ORG:Quorvex"},
			map[string][]string{"Quorvex Holdings": {"Quorvex"}, "Quorvex Maps": nil}},
		{"one line still merges", "Tesselo Labs said Tesselo grew", []string{"ORG:Tesselo Labs", "ORG:Tesselo"},
			map[string][]string{"Tesselo Labs": {"Tesselo"}}},
		{"brand", "Gooble Cloud Computing grew; Gooble hired.", []string{"ORG:Gooble Cloud Computing", "ORG:Gooble"},
			map[string][]string{"Gooble Cloud Computing": nil, "Gooble": nil}},
		{"brand and company", "Gooble Group grew; Gooble hired.", []string{"ORG:Gooble Group", "ORG:Gooble"},
			map[string][]string{"Gooble Group": {"Gooble"}}},
		{"place", "Boston Pizza opened in Boston.", []string{"ORG:Boston Pizza", "ORG:Boston"},
			map[string][]string{"Boston Pizza": nil, "Boston": nil}},
		{"place and one body word", "Syracuse University said Syracuse won.", []string{"ORG:Syracuse University", "ORG:Syracuse"},
			map[string][]string{"Syracuse University": {"Syracuse"}}},
		{"surname speaks", "Forbes Events, run by Cameron Forbes, grew. Forbes says it will.",
			[]string{"ORG:Forbes Events", "PER:Cameron Forbes", "ORG:Forbes"},
			map[string][]string{"Forbes Events": nil, "Cameron Forbes": {"Forbes"}}},
		{"surname place speaks", "Nadia Lyon wrote it. Lyon said so.", []string{"PER:Nadia Lyon", "LOC:Lyon"},
			map[string][]string{"Nadia Lyon": {"Lyon"}}},
		{"company short form silent", "Forbes Events, run by Cameron Forbes, grew. Forbes opened a shop.",
			[]string{"ORG:Forbes Events", "PER:Cameron Forbes", "ORG:Forbes"},
			map[string][]string{"Forbes Events": {"Forbes"}, "Cameron Forbes": nil}},
		{"lines are no surname", "Paid Glin was met. Glin Secrets and Glin Glossary sold.",
			[]string{"PER:Paid Glin", "ORG:Glin Secrets", "ORG:Glin Glossary", "ORG:Glin"},
			map[string][]string{"Paid Glin": nil, "Glin Secrets": nil, "Glin Glossary": nil, "Glin": nil}},
	}
	for _, c := range cases {
		ents := toEntities(mergeMentionsWith(c.text, mentionsAt(c.text, c.spec...), facts))
		got := map[string][]string{}
		for _, e := range ents {
			got[e.Name] = e.Aliases
		}
		assert.Equal(t, c.want, got, c.name)
	}
}

// TestSpeaksAsPerson checks the words read around a bare surname.
func TestSpeaksAsPerson(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Then Forbes says so.", true},
		{"“Yes,” said Forbes.", true},
		{"selon Forbes, le marché", true},
		{"Forbes opened a shop.", false},
		{"FBX says so.", false},
	}
	for _, c := range cases {
		w := "Forbes"
		if c.text[0] == 'F' && c.text[1] == 'B' {
			w = "FBX"
		}
		g := mergeMentions(c.text, mentionsAt(c.text, "ORG:"+w))[0]
		assert.Equal(t, c.want, speaksAsPerson(g, []string{w}), c.text)
	}
}

// TestNameFacts checks what the default gazetteer says of a few names: a
// brand known on its own, a place, and a name that is neither.
func TestNameFacts(t *testing.T) {
	tg, err := New().tagger()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		word         string
		place, brand bool
	}{
		{"Google", false, true},
		{"Boston", true, false},
		{"Mistral", false, false},
		{"Harlan", false, false},
	}
	for _, c := range cases {
		place, brand := tg.nameFacts([]string{c.word})
		assert.Equal(t, c.place, place, c.word)
		assert.Equal(t, c.brand, brand, c.word)
	}
}
