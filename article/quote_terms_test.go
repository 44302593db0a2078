package article_test

import (
	"context"
	"strings"
	"testing"

	"github.com/depeche-go/depeche"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuoteNamedTermsLeftOut checks that words in marks that a naming verb
// in the passive, or said by the writer, gives to a thing are no quote,
// while a naming verb with a subject of its own still reports words.
func TestQuoteNamedTermsLeftOut(t *testing.T) {
	cases := []struct{ name, text, quote string }{
		{"passive", "The first edit of the film is called the “rough cut” by most crews.", ""},
		{"adverb", "Students had extra periods, sometimes called “labs”, for review.", ""},
		{"contracted be", "Unpaid reach is good. It’s also called “earned reach.”", ""},
		{"writer", "In this issue I describe what I call a “steady morning routine” for runners.", ""},
		{"we can call", "The choice lies on a scale, which we can call the “control dial.”", ""},
		{"french on", "Le quartier vit ce qu'on appelle une « renaissance lente » depuis dix ans.", ""},
		{"critics still", "Critics have called the policy “reckless”.", "reckless"},
		{"engineers still", "It’s what engineers call “technical debt.”", "technical debt."},
		{"speaker still", "Senator Ruth Okafor called the bill “a gift to landlords.”", "a gift to landlords."},
	}
	p := depeche.New()
	for _, c := range cases {
		a, err := p.ParseText(context.Background(), strings.NewReader("Headline\n\n"+c.text))
		require.NoError(t, err, c.name)
		if c.quote == "" {
			assert.Empty(t, a.Quotes, c.name)
			continue
		}
		require.Len(t, a.Quotes, 1, c.name)
		assert.Equal(t, c.quote, a.Quotes[0].Text, c.name)
	}
}

// TestQuoteLabelNotSpeaker checks that the label of a list item or a
// review before a colon is not taken for the speaker of the words in
// marks after it, while a person's name before a colon still is.
func TestQuoteLabelNotSpeaker(t *testing.T) {
	cases := []speakerCase{
		{"review label", "User review: “I love the live chat and the analytics, which keep viewers with us.”", ""},
		{"item label", "Explicit task definitions: “Your task is to sort the uploaded files by date and by author.”", ""},
		{"section", "See Brandt et al., Section 1 (Introduction): “The effect is that the knowledge stays tacit.”", ""},
		{"person", "Nadia Okonkwo: “We will build the new bridge before the end of next year.”", "Nadia Okonkwo"},
		{"unknown verb", "Farm council chair Nadia Okonkwo affirms: “We will build the new bridge next year.”", "Nadia Okonkwo"},
	}
	checkSpeakers(t, cases)
}

// TestSurnameNotCompany checks that a bare surname that speaks is the
// person's, not the company's that starts with the same word.
func TestSurnameNotCompany(t *testing.T) {
	text := "Harlan Foods, the snack maker founded by Peter Harlan, will move its data to the new service. " +
		"Harlan said the switch would save money."
	a, err := depeche.New().ParseText(context.Background(), strings.NewReader("Headline\n\n"+text))
	require.NoError(t, err)
	got := map[string][]string{}
	for _, e := range a.Entities {
		got[e.Name] = e.Aliases
	}
	assert.Equal(t, map[string][]string{"Harlan Foods": nil, "Peter Harlan": {"Harlan"}}, got)
}
