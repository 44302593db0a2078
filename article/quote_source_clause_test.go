package article_test

import (
	"context"
	"strings"
	"testing"

	"github.com/depeche-go/depeche"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuoteSourceMainClause checks that a name after a source cue and a
// comma that starts the main clause ("selon un proche de X, Y se
// montre") is not the source, while a name in apposition is.
func TestQuoteSourceMainClause(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"main clause", "« Redoutable en réunion », selon un proche de Marc Lemoine, Jean Dupuis se montre patient.", ""},
		{"apposition", "« Le chantier prendra deux ans », selon la présidente de la métropole, Hélène Carvalho.", "Hélène Carvalho"},
		{"english", "“Great in meetings,” according to a friend of Tom Reyes, Ivo Brandt then left the room.", ""},
	})
}

// TestQuoteRelativeClauseSubject checks that the names inside a relative
// clause between a subject and its verb are not the speaker.
func TestQuoteRelativeClauseSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"english", "Dana Myers, who was head of communications and public affairs at Halden Media, told the paper: “I will take some time off.”", "Dana Myers"},
		{"french", "Claire Roux, qui dirige l'ONG Terra Viva et le réseau Alpes, a déclaré : « Nous ne céderons pas. »", "Claire Roux"},
	})
}

// TestQuoteLongApposition checks that the verb after a speaker's long
// apposition still attributes the quotation before them.
func TestQuoteLongApposition(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"professor", "“All five did well,” Sean Hale, an assistant professor of political science at the University of Halden, told the paper.", "Sean Hale"},
	})
}

// TestQuoteSpeechVerbsSecondPass checks the speech verbs added on real
// pages: "se remémore", "she shares with".
func TestQuoteSpeechVerbsSecondPass(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"se remémore", "« Je suis entré avec les soldats », se remémore Pierre Lenoir, journaliste.", "Pierre Lenoir"},
		{"shares", "Dara Quint left the firm in May.\n\n“My first thought was relief,” she shares with the magazine.", "Dara Quint"},
	})
}

// TestQuotePronounNearestParagraph checks that a pronoun resolves to the
// person of the paragraph just before, not to a speaker of an earlier
// quotation whose paragraph was read first.
func TestQuotePronounNearestParagraph(t *testing.T) {
	text := "Headline\n\n“We have been very effective,” Vik Reyes said of the plan.\n\n" +
		"Dara Moss, a major critic of the plan, again accused the council of waste.\n\n" +
		"“Level with the people here, this is not a success,” he said."
	a := parsePlain(t, text)
	require.Len(t, a.Quotes, 2)
	assert.Equal(t, "Vik Reyes", a.Quotes[0].Speaker)
	assert.Equal(t, "Dara Moss", a.Quotes[1].Speaker)
}

// pronounPage returns a page of n paragraphs, each with two quotations
// attributed by a pronoun.
func pronounPage(n int) string {
	var b strings.Builder
	b.WriteString("Headline\n\n")
	for range n {
		b.WriteString("John Smith met Carl Evans and Lisa Wood in Boston on Monday. “We will keep working on it,” he said. “It is hard,” she added.\n\n")
	}
	return b.String()
}

// TestQuotePronounLongPage checks that a page with pronoun-attributed
// quotations in each of its many paragraphs gives them all: each pronoun
// used to read the paragraphs before it and classify every mention of the
// page again, so 3,000 paragraphs took minutes (the go test timeout fails
// such a regression; BenchmarkQuotePronounLongPage measures it).
func TestQuotePronounLongPage(t *testing.T) {
	a := parsePlain(t, pronounPage(1500))
	assert.Len(t, a.Quotes, 3000)
}

func BenchmarkQuotePronounLongPage(b *testing.B) {
	page := pronounPage(1500)
	p := depeche.New()
	for b.Loop() {
		if _, err := p.ParseText(context.Background(), strings.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}
