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

// TestQuoteInfinitiveCue checks that a speech verb in the infinitive
// with no speaker for subject ("il faut ajouter", "pour assurer", "I'd
// like to stress") does not turn the writer's words in marks into
// quotes, while an infinitive with a speaker ("a tenu à rappeler que",
// "used her speech to warn") still attributes them.
func TestQuoteInfinitiveCue(t *testing.T) {
	p := depeche.New()
	for _, text := range []string{
		"Pour être complet, il faut aussi ajouter à cette liste les « cahiers verts » de la revue.",
		"Elle invite chacun à venir nombreux pour assurer la réussite de ce « contre-forum » annuel.",
		"I’d like to stress that this is not only about “speed” but about “safety” as well.",
		"That is not to say that the team never works “properly” on weekends.",
	} {
		assert.Empty(t, parseCase(t, p, text).Quotes, text)
	}
	for _, c := range []struct{ text, cue string }{
		{"Le maire a tenu à rappeler que la ville « ne cédera pas ».", "rappeler"},
		{"Senator Ruth Okafor used her speech to warn against a “one-size-fits-all” approach to housing.", "warn"},
	} {
		a := parseCase(t, p, c.text)
		require.Len(t, a.Quotes, 1, c.text)
		assert.Equal(t, c.cue, a.Quotes[0].Cue, c.text)
	}
}

// parseCase parses text under a headline long enough to tell its
// language.
func parseCase(t *testing.T, p *depeche.Parser, text string) *article.Article {
	a, err := p.ParseText(context.Background(), strings.NewReader("Headline of the case\n\n"+text))
	require.NoError(t, err, text)
	return a
}

// TestQuoteOpenedStemVerbs checks that a first-group verb whose é opens
// to è before a silent e ("asséner", "concéder") attributes in that
// form.
func TestQuoteOpenedStemVerbs(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"assène", "« Ces études sont à jeter », assène Pierre Lamarque, toxicologue à Lyon.", "Pierre Lamarque"},
		{"concède", "« Le calendrier était trop serré », concède Hélène Vasseur.", "Hélène Vasseur"},
	})
}

// TestQuoteCommaAfterVerb checks that a speech verb followed by a comma
// stands next to the quote ("said, “…”"), so that words in title case
// after it are reported speech, not a title.
func TestQuoteCommaAfterVerb(t *testing.T) {
	p := depeche.New()
	q := onlyQuote(t, p, "comma", "At noon the city press office said, “New Harbour Bridge Opens To Cyclists Today.”")
	assert.Equal(t, "New Harbour Bridge Opens To Cyclists Today.", q.Text)
	assert.Equal(t, "said", q.Cue)
}

// TestQuoteWeakVerbInClause checks that a weak verb inside the reported
// clause ("had asked", "avait demandé") does not hide the speech verb of
// the speaker before it.
func TestQuoteWeakVerbInClause(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"english", "Councillor Ivo Brandt said the committee had asked for the plans in June, but “never approved the budget itself”.", "Ivo Brandt"},
		{"french", "Le conseiller Ivo Brandt a expliqué que la commission avait demandé les plans en juin, mais « jamais le budget lui-même ».", "Ivo Brandt"},
	})
}

// TestQuoteMoreSpeechVerbs checks speech verbs that newsrooms use to go
// on with a speaker's words: "qui développe :", "renchérit", "went on",
// "elaborated".
func TestQuoteMoreSpeechVerbs(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"développe", "Ana Berthier, qui dirige le laboratoire, développe : « Une source fiable donne du poids à une rumeur ».", "Ana Berthier"},
		{"renchérit", "« Le port doit rouvrir avant l'hiver », renchérit Paul Mercier, élu de la majorité municipale.", "Paul Mercier"},
		{"went on", "Nadia Brook went on: “The harbour will reopen before the winter storms arrive.”", "Nadia Brook"},
		{"elaborated", "“We will rebuild the bridge within a year,” Tom Hale elaborated during the council meeting on Monday.", "Tom Hale"},
	})
}

// TestQuoteAsideBeforeSpeaker checks that a phrase set between the
// speech verb and the speaker after it ("quant à elle", "pour sa part",
// "à son tour") does not hide the speaker.
func TestQuoteAsideBeforeSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"quant à elle", "« Le port doit rouvrir avant l'hiver », résume quant à elle Hélène Vasseur, adjointe au maire.", "Hélène Vasseur"},
		{"pour sa part", "« La question posée est celle du budget », indique pour sa part le général Bernard Castel.", "Bernard Castel"},
		{"à son tour", "« Nous ne céderons pas », répond à son tour Paul Mercier, élu de l'opposition.", "Paul Mercier"},
	})
}

// TestQuoteNameAfterRoleComplement checks that the name written after a
// role and its complement ("la professeure de nutrition X") is the
// subject that speaks, not the role alone.
func TestQuoteNameAfterRoleComplement(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"professeure de nutrition", "Plus nuancée, la professeure de nutrition Hélène Vasseur ajoute qu'il « aggrave les symptômes de beaucoup de maladies ».", "Hélène Vasseur"},
		{"head of research", "The head of research Nadia Brook said the results were “far better than expected” for the region.", "Nadia Brook"},
	})
}

// TestQuoteNameAfterTieComplement checks that the name after the
// complement of a role that ties someone to another person ("the mother
// of murdered teenager X") is not the speaker: it names the other one.
func TestQuoteNameAfterTieComplement(t *testing.T) {
	p := depeche.New()
	for _, c := range []struct{ name, text, other string }{
		{"mother of", "The mother of murdered teenager Brianna Ghey said: “We can finally grieve as a family.”", "Brianna Ghey"},
		{"avocat de", "L'avocat de la jeune victime Lola Daviet a déclaré : « Nous voulons que justice soit rendue. »", "Lola Daviet"},
	} {
		assert.NotEqual(t, c.other, onlyQuote(t, p, c.name, c.text).Speaker, c.name)
	}
}

// TestQuotePronounSkipsListenerAndNonPersons checks that "she" after "X
// told Y" stands for X, not for Y who was spoken to, and never for
// capitalised words the entities extension does not call a person.
func TestQuotePronounSkipsListenerAndNonPersons(t *testing.T) {
	p := depeche.New()
	for _, c := range []struct{ text, speaker string }{
		{"“This morning I woke up early and saw a note from our team,” Meghan Rowe told Oprah Winfrey. “I just picked up the phone and called my grandmother,” she said.", "Meghan Rowe"},
		{"Kirsten Hale spoke about her career on the podcast. Once again, her weight was a topic for Ad Age readers. “When I was fifty I put on weight,” she said.", "Kirsten Hale"},
	} {
		a := parseCase(t, p, c.text)
		require.NotEmpty(t, a.Quotes, c.text)
		assert.Equal(t, c.speaker, a.Quotes[len(a.Quotes)-1].Speaker, c.text)
	}
}
