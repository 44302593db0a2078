package entities

import (
	"strings"
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
)

// mentionsAt builds the mentions of each "TYPE:words" in spec, at every
// place the words occur in text.
func mentionsAt(text string, spec ...string) []mention {
	toks := Tokenize(text)
	var out []mention
	for _, sp := range spec {
		typ, words, _ := strings.Cut(sp, ":")
		ws := TokenizeWords(words)
		for i := 0; i+len(ws) <= len(toks); i++ {
			ok := true
			for j, w := range ws {
				ok = ok && toks[i+j].Text == w
			}
			if ok {
				out = append(out, mention{typ: typ, toks: toks[i : i+len(ws)]})
			}
		}
	}
	return out
}

func TestMergeMentions(t *testing.T) {
	cases := []struct {
		name, text string
		spec       []string
		want       map[string][]string // entity name -> aliases
	}{
		{"surname fr", "Emmanuel Macron parle. M. Macron répond.", []string{"PER:Emmanuel Macron", "PER:Macron"},
			map[string][]string{"Emmanuel Macron": {"Macron"}}},
		{"surname en", "Joe Biden spoke. Mr. Biden left.", []string{"PER:Joe Biden", "ORG:Biden"},
			map[string][]string{"Joe Biden": {"Biden"}}},
		{"particle name", "Ursula von der Leyen a parlé ; von der Leyen insiste.", []string{"PER:Ursula von der Leyen", "PER:von der Leyen"},
			map[string][]string{"Ursula von der Leyen": {"von der Leyen"}}},
		{"organisation prefix", "Mistral AI lance Mistral Large. Mistral grandit.", []string{"ORG:Mistral AI", "MISC:Mistral Large", "ORG:Mistral"},
			map[string][]string{"Mistral AI": {"Mistral"}, "Mistral Large": nil}},
		{"acronym fr", "l'Union européenne et l'UE", []string{"ORG:Union européenne", "ORG:UE"},
			map[string][]string{"Union européenne": {"UE"}}},
		{"acronym en", "the European Central Bank (ECB) said the ECB", []string{"ORG:European Central Bank", "ORG:ECB"},
			map[string][]string{"European Central Bank": {"ECB"}}},
		{"spacing", "Open AI et OpenAI", []string{"ORG:Open AI", "ORG:OpenAI"},
			map[string][]string{"Open AI": {"OpenAI"}}},
		{"different people", "Marine Le Pen et Jean-Marie Le Pen", []string{"PER:Marine Le Pen", "PER:Jean-Marie Le Pen"},
			map[string][]string{"Marine Le Pen": nil, "Jean-Marie Le Pen": nil}},
		{"place is not a surname", "Paris Hilton à Paris", []string{"PER:Paris Hilton", "LOC:Paris"},
			map[string][]string{"Paris Hilton": nil, "Paris": nil}},
	}
	for _, c := range cases {
		ents := toEntities(mergeMentions(c.text, mentionsAt(c.text, c.spec...)))
		got := map[string][]string{}
		for _, e := range ents {
			got[e.Name] = e.Aliases
			for _, m := range e.Mentions {
				assert.Equal(t, m.Text, c.text[m.Start:m.End], c.name)
			}
		}
		assert.Equal(t, c.want, got, c.name)
	}
}

func TestLinkEmbeds(t *testing.T) {
	tg, err := NewTagger(nil)
	if err != nil {
		t.Fatal(err)
	}
	text := "Mistral AI signe avec Microsoft. Merci @MistralAI !"
	a := &article.Article{Text: text, Embeds: []article.Embed{
		{Kind: article.EmbedTweet, Author: "Satya Nadella", Handle: "satyanadella", Mentions: []string{"MistralAI", "unknown"}},
	}}
	groups := linkEmbeds(tg, a, Tokenize(text), mergeMentions(text, mentionsAt(text, "ORG:Mistral AI", "ORG:Microsoft")))
	ents := toEntities(groups)
	got := map[string]article.Entity{}
	for _, e := range ents {
		got[e.Name] = e
	}
	assert.Equal(t, []string{"@MistralAI"}, got["Mistral AI"].Aliases)
	assert.Len(t, got["Mistral AI"].Mentions, 2)
	assert.Equal(t, article.EntityPerson, got["Satya Nadella"].Kind)
	assert.Equal(t, []string{"@satyanadella"}, got["Satya Nadella"].Aliases)
	assert.NotNil(t, got["Satya Nadella"].Mentions)
	assert.Len(t, ents, 3)
}
