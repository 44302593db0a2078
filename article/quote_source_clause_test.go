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
	a, err := depeche.New().ParseText(context.Background(), strings.NewReader(text))
	require.NoError(t, err)
	require.Len(t, a.Quotes, 2)
	assert.Equal(t, "Vik Reyes", a.Quotes[0].Speaker)
	assert.Equal(t, "Dara Moss", a.Quotes[1].Speaker)
}
