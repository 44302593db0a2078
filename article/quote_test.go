package article_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parseSeed(t testing.TB, p *depeche.Parser) *article.Article {
	f, err := os.Open(filepath.Join("..", "testdata", "mistral-large-fr.txt"))
	require.NoError(t, err)
	defer f.Close()
	a, err := p.ParseText(context.Background(), f)
	require.NoError(t, err)
	return a
}

// TestQuotesSeed checks the four quotations of the seed article, their
// speakers, and that the product names in quotation marks are left out.
func TestQuotesSeed(t *testing.T) {
	a := parseSeed(t, depeche.New())
	type q struct{ text, speaker string }
	var got []q
	for _, x := range a.Quotes {
		require.Equal(t, x.Text, a.Text[x.Start:x.End])
		got = append(got, q{x.Text, x.Speaker})
	}
	assert.Equal(t, []q{
		{"pionnière et novatrice", "Microsoft"},
		{"champion européen à vocation mondiale dans l’intelligence artificielle", "Arthur Mensch"},
		{"champion", "Emmanuel Macron"},
		{"redoubler d’efforts", "Ursula von der Leyen"},
	}, got)
	for _, x := range a.Quotes {
		for _, name := range []string{"Mistral Large", "Chat", "Azure AI", "open source"} {
			assert.NotEqual(t, name, x.Text)
		}
		assert.Equal(t, article.QuotePartial, x.Kind, x.Text)
	}
}

// TestQuotesHTML checks quotations in an HTML page, with &nbsp; inside
// guillemets, and in a block quotation.
func TestQuotesHTML(t *testing.T) {
	page := `<html lang="fr"><body><article><h1>Le pont rouvre</h1>
<p>Le pont de la Garenne a rouvert lundi après six mois de travaux.</p>
<p>«&nbsp;Nous avons tenu les délais&nbsp;», a déclaré la maire, Sylvie Brunet, devant la presse.</p>
<p>L'élue a qualifié le chantier de «&#8239;tour de force&#8239;».</p>
<blockquote>«&nbsp;Ce pont, c'est la vie du quartier&nbsp;», résume un commerçant.</blockquote>
</article></body></html>`
	a, err := depeche.New().ParseHTML(context.Background(), strings.NewReader(page))
	require.NoError(t, err)
	require.Len(t, a.Quotes, 3)
	assert.Equal(t, "Nous avons tenu les délais", a.Quotes[0].Text)
	assert.Equal(t, "Sylvie Brunet", a.Quotes[0].Speaker)
	assert.Equal(t, "a déclaré", a.Quotes[0].Cue)
	assert.Equal(t, article.QuoteDirect, a.Quotes[0].Kind)
	assert.Equal(t, "tour de force", a.Quotes[1].Text)
	assert.Equal(t, article.QuotePartial, a.Quotes[1].Kind)
	assert.Equal(t, "Ce pont, c'est la vie du quartier", a.Quotes[2].Text)
	assert.Equal(t, "", a.Quotes[2].Speaker)
	for _, q := range a.Quotes {
		assert.Equal(t, q.Text, a.Text[q.Start:q.End])
	}
}

// paragraphArticle returns an article in language lang whose body is the
// one paragraph text, with the given entities.
func paragraphArticle(lang, text string, ents ...article.Entity) *article.Article {
	return &article.Article{Language: lang, Text: text, Entities: ents,
		Sections: []article.Section{{Blocks: []article.Block{{Kind: article.BlockParagraph, Text: text}}}}}
}

// TestQuotesEntities checks that speakers take the names of
// Article.Entities when the entities extension has filled them.
func TestQuotesEntities(t *testing.T) {
	text := "Le ministre Paul Roche a visité l'usine. « Nous investirons ici », a-t-il promis."
	a := paragraphArticle("fr", text, article.Entity{Name: "Paul Roche (homme politique)", Kind: article.EntityPerson,
		Mentions: []article.Mention{{Text: "Paul Roche", Start: 12, End: 22}}})
	cfg := depeche.New().Config()
	qs := article.FindQuotes(cfg, a)
	require.Len(t, qs, 1)
	assert.Equal(t, "Paul Roche (homme politique)", qs[0].Speaker)
}

// TestQuotesOddInput checks inputs that must not break the extractor.
func TestQuotesOddInput(t *testing.T) {
	cfg := depeche.New().Config()
	for _, text := range []string{"«", "»", "« »", "\"", "“”", "— ", "« a « b « c", "»»»«««", "x\n\n«\n\n» y",
		"M.", "« M. »", "— Q ?\n\n— R", "‹›„“", "a-t-il", "&nbsp;«&nbsp;»&nbsp;"} {
		a := &article.Article{Text: text}
		for _, line := range strings.Split(text, "\n\n") {
			a.Sections = append(a.Sections, article.Section{Blocks: []article.Block{{Kind: article.BlockParagraph, Text: line}}})
		}
		for _, q := range article.FindQuotes(cfg, a) {
			assert.True(t, q.Start >= 0 && q.Start <= q.End && q.End <= len(text), text)
			assert.True(t, utf8.ValidString(q.Text), text)
		}
	}
}

// TestQuotesMonthNotSpeaker checks that a month set before a noun ("a
// June report") is not taken for the speaker, even when the entities call
// it a person, while a surname that is also a month still speaks.
func TestQuotesMonthNotSpeaker(t *testing.T) {
	cfg := depeche.New().Config()
	for _, c := range []struct{ text, name, speaker string }{
		{"Their early results were “sobering,” according to a June report by the Brackett Policy Lab.", "June", ""},
		{"Theresa May left the talks. “We will not give in,” said May.", "Theresa May", "Theresa May"},
	} {
		e := article.Entity{Name: c.name, Kind: article.EntityPerson}
		short := c.name[strings.LastIndexByte(c.name, ' ')+1:]
		for i := 0; i < len(c.text); {
			k := strings.Index(c.text[i:], short)
			if k < 0 {
				break
			}
			e.Mentions = append(e.Mentions, article.Mention{Text: short, Start: i + k, End: i + k + len(short)})
			i += k + len(short)
		}
		a := paragraphArticle("en", c.text, e)
		qs := article.FindQuotes(cfg, a)
		require.Len(t, qs, 1, c.text)
		assert.Equal(t, c.speaker, qs[0].Speaker, c.text)
	}
}

// TestQuotesPersonAfterOrgTitle checks that an organisation qualifying a
// title after the cue ("said Halden University professor X") does not
// take the speaker's place.
func TestQuotesPersonAfterOrgTitle(t *testing.T) {
	cfg := depeche.New().Config()
	for text, speaker := range map[string]string{
		"“Most parts of the work are now done by machines,” said Halden University professor Thomas W. Grell, the founding director.": "Thomas W. Grell",
		"“Every industry will change,” said Halden computer science professor Nadia Orlov, director of the Halden Lab for Robotics.":  "Nadia Orlov",
	} {
		a := paragraphArticle("en", text)
		qs := article.FindQuotes(cfg, a)
		require.Len(t, qs, 1, text)
		assert.Equal(t, speaker, qs[0].Speaker, text)
	}
}

// TestQuotesFirstPersonNotSpeaker checks that the English "I", written
// with a capital, is not taken for a name and so for a speaker.
func TestQuotesFirstPersonNotSpeaker(t *testing.T) {
	text := "The license will not solve this overnight; I often tell people “a license is no magic spell.” But it helps."
	a := paragraphArticle("en", text)
	for _, q := range article.FindQuotes(depeche.New().Config(), a) {
		assert.NotEqual(t, "I", q.Speaker)
	}
}

// TestQuotesInstitutionSpeaker checks that an institution named by a
// common noun and a place is the speaker, not the place: "estime la
// préfecture des Landes", "the Paris prosecutor's office said".
func TestQuotesInstitutionSpeaker(t *testing.T) {
	for _, c := range []struct{ text, lang string }{
		{`Tempête sur la côte

La houle grossit depuis mercredi sur le littoral basque.

« Les conditions seront réunies pour déclencher la vague », estime la préfecture des Pyrénées-Atlantiques, dans un communiqué.

« Nous surveillons la situation heure par heure », a déclaré le ministère de l'Intérieur à l'AFP.

« Le risque d'érosion est majeur », avertit le conseil départemental des Landes.`, "fr"},
		{`Storm on the coast

The swell has grown since Wednesday along the Basque coast.

"Conditions will be met for the wave to form," the prefecture of Pyrénées-Atlantiques said in a statement.

"Beaches will stay closed until further notice," the city of Biarritz announced on Friday.

"We will appeal," the Paris prosecutor's office said.`, "en"},
	} {
		a, err := depeche.New().ParseText(context.Background(), strings.NewReader(c.text))
		require.NoError(t, err)
		var got []string
		for _, q := range a.Quotes {
			got = append(got, q.Speaker)
		}
		want := map[string][]string{
			"fr": {"préfecture des Pyrénées-Atlantiques", "ministère de l'Intérieur", "conseil départemental des Landes"},
			"en": {"prefecture of Pyrénées-Atlantiques", "city of Biarritz", "Paris prosecutor's office"},
		}[c.lang]
		assert.Equal(t, want, got)
	}
}

// TestQuotesNameQualifiesNoun checks English subjects whose name only
// qualifies the noun that speaks: the speaker is then unnamed, not the
// place, party or company; a name that heads its clause stays the
// speaker, and a title after a company's name leads to the person.
func TestQuotesNameQualifiesNoun(t *testing.T) {
	text := `Wine and politics

The valley has made a rare red wine for centuries, and Ken Steinhauser has sold it for twenty years.

"If this grape is a gentleman, then its cousin is a lady," the Berlin wine merchant said as he opened a bottle.

The Israeli military said it struck an ambulance "being used by a terrorist cell."

An SNP spokesman said: "This was a legitimate parliamentary expense to cover constituency work while overseas."

"We will keep the vineyard open," Nexora's chief executive said on Monday.

Steinhauser took it a step further, explaining that "a good bottle is an investment."

"Sales are up," said Nexora chief executive Anna Berg.`
	a, err := depeche.New().ParseText(context.Background(), strings.NewReader(text))
	require.NoError(t, err)
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Speaker)
	}
	assert.Equal(t, []string{"", "", "", "", "Ken Steinhauser", "Anna Berg"}, got)
}
