package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parsePage parses a whole page with the test configuration.
func parsePage(t *testing.T, page string) *Article {
	t.Helper()
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	return a
}

// bodyParas returns the paragraphs of bodyArticle as markup.
func bodyParas() string {
	return "<p>" + strings.Join(bodyArticle, "</p><p>") + "</p>"
}

func TestBodyContainerCases(t *testing.T) {
	comment := "<p>Je ne suis pas d'accord avec cette hausse, elle pèse sur les familles de la ville depuis des années.</p>"
	cases := []struct{ name, page, dropped string }{
		{"article in a box named for the layout",
			`<html><body><article><h1>Budget voté</h1><div class="sidebar-layout"><div class="sidebar-content">` + bodyParas() +
				`</div><div class="sidebar"><a href="/a">Autre sujet</a></div></div></article></body></html>`, "Autre sujet"},
		{"comment thread longer than the article",
			`<html><body><div class="postarea"><h1>Budget voté</h1>` + bodyParas() +
				`<div id="comments" class="comments-wrapper">` + strings.Repeat(comment, 8) + `</div></div></body></html>`, "pas d'accord"},
		{"embed-like element in boilerplate",
			`<html><body><article><h1>Budget voté</h1>` + bodyParas() +
				`<div class="comments"><figure><img src="a.jpg"></figure>` + comment + `</div></article></body></html>`, "pas d'accord"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertBodyWithout(t, parsePage(t, tc.page), tc.dropped)
		})
	}
}

func TestTeaserCardsAreMainContent(t *testing.T) {
	card := func(title, snippet string) string {
		return `<div class="teaser"><span>il y a 2 jours</span><h2><a href="/x">` + title + `</a></h2><p>` + snippet + `</p></div>`
	}
	page := `<html><body><div class="site"><div class="menu"><a href="/">Accueil</a> <a href="/b">Sport</a></div><div class="list">` +
		card("Le budget voté", "Le conseil municipal a voté mardi soir le budget de l'année prochaine, après trois heures.") +
		card("Les écoles rénovées", "Cinq millions d'euros iront aux écoles de la ville, dont deux au groupe scolaire du centre.") +
		card("Deux lignes de bus", "Deux nouvelles lignes de bus relieront la gare aux quartiers nord à partir du printemps.") +
		card("Les impôts augmentent", "La taxe foncière augmentera de deux points, la deuxième hausse en trois ans, selon la mairie.") +
		`</div><footer><a href="/mentions">Mentions légales</a></footer></div></body></html>`
	a := parsePage(t, page)
	for _, want := range []string{"Les écoles rénovées", "relieront la gare", "Les impôts augmentent", "trois heures"} {
		assert.Contains(t, a.Text, want)
	}
	assert.NotContains(t, a.Text, "Mentions légales")
	assert.NotContains(t, a.Text, "Sport")
}
