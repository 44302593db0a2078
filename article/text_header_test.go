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

func parsePlain(t *testing.T, text string) *article.Article {
	a, err := depeche.New().ParseText(context.Background(), strings.NewReader(text))
	require.NoError(t, err)
	return a
}

func authorNames(a *article.Article) []string {
	var names []string
	for _, au := range a.Authors {
		names = append(names, au.Name)
	}
	return names
}

// assertDates checks that a has both dates, published and modified.
func assertDates(t *testing.T, a *article.Article, published, modified string) {
	t.Helper()
	require.NotNil(t, a.Published)
	require.NotNil(t, a.Modified)
	assert.Equal(t, published, a.Published.String())
	assert.Equal(t, modified, a.Modified.String())
}

// TestTextHeaderLines checks that the byline and date lines under a plain
// text's title become its authors and dates, not its body.
func TestTextHeaderLines(t *testing.T) {
	a := parsePlain(t, "Quimperlé. La médiathèque rouvre ses portes\n"+
		"Publié le 26/02/2024 à 14h30, modifié le 26/02/2024 à 18h05\n"+
		"Par Gwenaëlle Le Bihan\n"+
		"Fermée depuis mars 2022, la médiathèque a rouvert samedi. Plus de 600 personnes sont venues.\n"+
		"La file d'attente s'étirait jusqu'au parking dès 10 h samedi matin.\n")
	assert.Equal(t, []string{"Gwenaëlle Le Bihan"}, authorNames(a))
	assertDates(t, a, "2024-02-26T14:30:00", "2024-02-26T18:05:00")
	assert.NotContains(t, a.Text, "Publié le")
	assert.NotContains(t, a.Text, "Par Gwenaëlle")
	assert.True(t, strings.HasPrefix(a.Text, "Fermée depuis"), a.Text)
}

// TestTextHeaderAfterStandfirst checks that a byline set under the chapô
// is read, with a particle elided in a name ("d'Ornano"), and that the
// chapô stays the standfirst.
func TestTextHeaderAfterStandfirst(t *testing.T) {
	a := parsePlain(t, "Logement : le gouvernement veut doubler les constructions\n"+
		"Le ministère présentera mercredi un projet de loi. Les bailleurs sociaux doutent des moyens.\n"+
		"Par Antoine de La Rochefoucauld et Sophie d'Ornano\n"+
		"Le chiffre a de quoi surprendre : 250 000 logements sociaux par an d'ici à 2027.\n"+
		"C'est l'objectif que s'est fixé le gouvernement, selon un document consulté.\n")
	assert.Equal(t, []string{"Antoine de La Rochefoucauld", "Sophie d'Ornano"}, authorNames(a))
	assert.Equal(t, "Le ministère présentera mercredi un projet de loi. Les bailleurs sociaux doutent des moyens.", a.Standfirst)
	assert.NotContains(t, a.Text, "Par Antoine")
}

// TestTextHeaderNotSentence checks that a body sentence starting like a
// byline ("Par ailleurs, ...") stays in the body.
func TestTextHeaderNotSentence(t *testing.T) {
	a := parsePlain(t, "La ville rénove ses écoles\n"+
		"Par ailleurs, la mairie a voté un budget de deux millions d'euros pour les cantines.\n"+
		"Les travaux commenceront en juillet.\n")
	assert.Empty(t, a.Authors)
	assert.Contains(t, a.Text, "Par ailleurs")
}

// TestTextReadAlsoLine checks that a "Lire aussi" line pointing to another
// article is left out of a plain text's body.
func TestTextReadAlsoLine(t *testing.T) {
	a := parsePlain(t, "Logement : le gouvernement veut doubler les constructions\n\n"+
		"Le chiffre a de quoi surprendre : 250 000 logements sociaux par an d'ici à 2027.\n\n"+
		"Lire aussi : Loyers : à Paris, l'encadrement a-t-il fonctionné ?\n\n"+
		"Le texte prévoit de relever le plafond du livret A.\n")
	assert.NotContains(t, a.Text, "Lire aussi")
	assert.Contains(t, a.Text, "livret A")
}

// TestTextHeaderStandfirstKept checks that the chapô read before a byline
// is not replaced by the first paragraph when a sub-heading follows it.
func TestTextHeaderStandfirstKept(t *testing.T) {
	a := parsePlain(t, "La ville rénove ses écoles cet été\n"+
		"Vingt écoles seront rénovées pendant les vacances. Le chantier coûte quatre millions d'euros.\n"+
		"Par Claire Martin\n"+
		"Les travaux commenceront dès la fin de l'année scolaire, le 5 juillet, et dureront tout l'été.\n"+
		"Un chantier financé par l'État\n"+
		"La moitié du coût est prise en charge par l'État au titre du fonds vert.\n")
	assert.Equal(t, []string{"Claire Martin"}, authorNames(a))
	assert.Equal(t, "Vingt écoles seront rénovées pendant les vacances. Le chantier coûte quatre millions d'euros.", a.Standfirst)
	assert.Contains(t, a.Text, "Les travaux commenceront")
}

// TestTextUpdateLine checks that an update line of its own under the
// publication line gives the modified date and leaves the body.
func TestTextUpdateLine(t *testing.T) {
	a := parsePlain(t, "Harbour town votes to rebuild its storm-hit pier\n\n"+
		"By Sarah Collins\nPublished 4 March 2024, 21:14 GMT\nUpdated 5 March 2024\n\n"+
		"Councillors in Port Ellis voted to rebuild the Victorian pier that was wrecked by the storm last winter.\n\n"+
		"Work on the new pier will start in September and is expected to last two years.\n")
	assertDates(t, a, "2024-03-04T21:14:00Z", "2024-03-05")
	assert.True(t, strings.HasPrefix(a.Text, "Councillors in Port Ellis"), a.Text)
}

// TestTextPastedPage checks a text copied from a news page whole: the
// byline printed without "By" above the date line is the author, and the
// page's share and advertisement labels and a caption with its credit
// leave the body.
func TestTextPastedPage(t *testing.T) {
	a := parsePlain(t, "Harbour town votes to rebuild its storm-hit pier\n"+
		"Sarah Collins\nTue 4 Mar 2024 21.14 GMT\nShare\nAdvertisement\n"+
		"The council approved a £12m plan on Tuesday night after a four-hour debate, ending months of uncertainty.\n"+
		"The pier was wrecked by the storm last winter. Photograph: Jane Doe/Reuters\n"+
		"Councillors in Port Ellis voted to rebuild the Victorian pier that was wrecked by the storm.\n"+
		"Advertisement\n"+
		"Opposition councillor Paul Brent said the plan was a gamble with public money.\n")
	assert.Equal(t, []string{"Sarah Collins"}, authorNames(a))
	require.NotNil(t, a.Published)
	assert.Empty(t, a.Standfirst)
	for _, junk := range []string{"Share", "Advertisement", "Photograph:", "Sarah Collins"} {
		assert.NotContains(t, a.Text, junk)
	}
	assert.Contains(t, a.Text, "Councillors in Port Ellis voted")
}

// TestTextPastedChromeWholeParagraph checks that a wrapped paragraph is
// judged whole: its first line alone ("Sign up for the vaccine, …") reads
// as a promotion, and was dropped, leaving the paragraph cut.
func TestTextPastedChromeWholeParagraph(t *testing.T) {
	a := parsePlain(t, "Health minister urges residents to get vaccinated\n\n"+
		"Cases of the virus rose for a third week in a row, the health\n"+
		"ministry said on Monday, with hospitals in the north the worst hit\n"+
		"by the new wave.\n\n"+
		"Sign up for the vaccine, the minister urged residents on Monday,\n"+
		"as officials warned that the number of patients in intensive care\n"+
		"could double by the end of the month if nothing is done.\n\n"+
		"Share\n\n"+
		"The ministry will open ten more vaccination centres next week, and\n"+
		"pharmacies will offer the jab without an appointment.\n")
	assert.Contains(t, a.Text, "Sign up for the vaccine, the minister urged residents on Monday, as officials warned")
	assert.Contains(t, a.Text, "the health ministry said on Monday")
	assert.NotContains(t, a.Text, "Share")
}

// TestTextBareBylineNotSectionLabel checks that the label of a story's
// section set above the date line ("Premier League", "Live Updates") is
// no bare byline: it named the story's author.
func TestTextBareBylineNotSectionLabel(t *testing.T) {
	for _, label := range []string{"Premier League", "Live Updates", "Analysis", "Climate Crisis"} {
		t.Run(label, func(t *testing.T) {
			a := parsePlain(t, "Harbour town votes to rebuild its storm-hit pier\n"+
				label+"\nTue 4 Mar 2024 21.14 GMT\n"+
				"The council approved a £12m plan on Tuesday night after a four-hour debate, ending months of uncertainty.\n"+
				"Councillors in Port Ellis voted to rebuild the Victorian pier that was wrecked by the storm.\n")
			assert.Empty(t, authorNames(a))
			require.NotNil(t, a.Published)
		})
	}
}
