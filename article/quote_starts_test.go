package article_test

import (
	"context"
	"strings"
	"testing"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuoteLeadWordsNoSpeaker checks that a common word opening the
// sentence, contracted or not, never becomes the speaker of a quote.
func TestQuoteLeadWordsNoSpeaker(t *testing.T) {
	cases := []struct{ name, text, quote, speaker string }{
		{"quantifier", "Another claim is that the plan was “too costly.”", "too costly.", ""},
		{"both", "Both sides called the deal “a fair compromise.”", "a fair compromise.", ""},
		{"contraction", "It’s what engineers call “technical debt.”", "technical debt.", ""},
		{"adverb", "Next, the mayor’s office said the budget was “balanced.”", "balanced.", ""},
		{"name still found", "Here’s the point: “Nobody reads the manual,” Rosa Lindqvist said.",
			"Nobody reads the manual", "Rosa Lindqvist"},
	}
	p := depeche.New()
	for _, c := range cases {
		q := onlyQuote(t, p, c.name, c.text)
		assert.Equal(t, c.quote, q.Text, c.name)
		assert.Equal(t, c.speaker, q.Speaker, c.name)
	}
}

// onlyQuote parses text as the body of an article under a headline and
// returns its one quote.
func onlyQuote(t *testing.T, p *depeche.Parser, name, text string) article.Quote {
	a, err := p.ParseText(context.Background(), strings.NewReader("Headline\n\n"+text))
	require.NoError(t, err, name)
	require.Len(t, a.Quotes, 1, name)
	return a.Quotes[0]
}

// speakerCase is a text holding one quote and the speaker it must get.
type speakerCase struct{ name, text, speaker string }

// checkSpeakers checks that each case's one quote gets its speaker.
func checkSpeakers(t *testing.T, cases []speakerCase) {
	p := depeche.New()
	for _, c := range cases {
		assert.Equal(t, c.speaker, onlyQuote(t, p, c.name, c.text).Speaker, c.name)
	}
}

// TestQuoteTitleChainSpeaker checks that a capitalised title ending an
// organisation's name and joined by "and" to the next title leads to the
// person named after them, and that the tagger's titles before that name
// are not taken into the speaker.
func TestQuoteTitleChainSpeaker(t *testing.T) {
	cases := []speakerCase{
		{"and", "“Guests remember food,” says Halden Party Co-Owner and Lead Planner Ina Sorel.", "Ina Sorel"},
		{"founder and designer", "“We love paper,” says Corvane Events Founder and Lead Designer Mara Quint.", "Mara Quint"},
		{"organisation alone", "“Prices rose,” said Varga Group and Ben Adair.", "Varga Group"},
	}
	checkSpeakers(t, cases)
}

// TestQuoteEntityTitlesLeftOut checks that an entity whose name only adds
// titles before the reader's name does not give the speaker its titles.
func TestQuoteEntityTitlesLeftOut(t *testing.T) {
	text := "“Think small,” says Lead Planner Ina Sorel."
	start := strings.Index(text, "Lead")
	a := paragraphArticle("en", text, article.Entity{Name: "Lead Planner Ina Sorel", Kind: article.EntityPerson,
		Mentions: []article.Mention{{Text: "Lead Planner Ina Sorel", Start: start, End: len(text) - 1}}})
	qs := article.FindQuotes(depeche.New().Config(), a)
	require.Len(t, qs, 1)
	assert.Equal(t, "Ina Sorel", qs[0].Speaker)
}

// TestQuoteContractedINotSpeaker checks that the English "I" contracted
// with its verb ("I'm", "I’ve") inside a sentence is no name and so no
// speaker.
func TestQuoteContractedINotSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"straight", "So what I'm saying is that I see these more as “modifiers” than as types.", ""},
		{"curly", "What I’ve said before is that the “plan” failed.", ""},
	})
}
