package main

import (
	"testing"

	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// markdownOf runs the CLI in markdown form on a page titled "Les
// résultats" whose article holds body, and returns what it prints.
func markdownOf(t *testing.T, body string) string {
	t.Helper()
	code, out, _ := runCLI(t, `<html><head><title>Les résultats</title></head><body><article><h1>Les résultats</h1>`+body+`</article></body></html>`, "-format", "markdown")
	require.Equal(t, 0, code)
	return out
}

// resultsBefore and resultsAfter are the paragraphs around the block a
// test puts in the middle of the page.
const (
	resultsBefore = `<p>Le second tour a donné une courte victoire à la liste sortante, selon les chiffres publiés lundi par la préfecture.</p>`
	resultsAfter  = `<p>La participation a reculé de quatre points par rapport au scrutin précédent, une baisse que le maire a regrettée.</p>`
)

func TestMarkdownTable(t *testing.T) {
	out := markdownOf(t, resultsBefore+
		`<table><tr><th>Liste</th><th>Voix</th></tr><tr><td>Union | Centre</td><td>51,2 %</td></tr><tr><td colspan="2">Abstention élevée</td></tr></table>`+
		resultsAfter)
	assert.Contains(t, out, "| Liste | Voix |\n| --- | --- |\n| Union \\| Centre | 51,2 % |\n| Abstention élevée | Abstention élevée |\n")
}

func TestMarkdownFigure(t *testing.T) {
	out := markdownOf(t, resultsBefore+
		`<figure><img src="https://img.exemple.fr/mairie.jpg"><figcaption>La mairie, dimanche soir.</figcaption></figure>`+
		resultsAfter)
	assert.Contains(t, out, "![](https://img.exemple.fr/mairie.jpg)\n_La mairie, dimanche soir._\n")
}

func TestMarkdownLinks(t *testing.T) {
	out := markdownOf(t, `<p>Le second tour a donné une courte victoire à la liste sortante, selon <a href="https://www.prefecture.fr/resultats">les chiffres</a> publiés lundi.</p>`+
		`<p>La participation a reculé de quatre points, <a href="https://exemple.fr/a (b)">une baisse</a> que le maire a regrettée, selon son cabinet.</p>`+
		`<h2>Le détail <a href="https://exemple.fr/detail">du vote</a></h2><p>Le dépouillement a duré toute la nuit dans les quarante bureaux de la ville, a précisé la mairie.</p>`+
		`<ul><li>Bureau <a href="https://exemple.fr/b1">un</a></li><li>Bureau deux</li><li>Bureau <a href="https://exemple.fr/b3">trois</a></li></ul>`+
		`<p>Les résultats définitifs seront proclamés mardi par la commission de recensement des votes, selon la préfecture.</p>`)
	assert.Contains(t, out, "selon [les chiffres](https://www.prefecture.fr/resultats) publiés lundi.")
	assert.Contains(t, out, "[une baisse](https://exemple.fr/a%20%28b%29) que")
	assert.Contains(t, out, "## Le détail [du vote](https://exemple.fr/detail)\n")
	assert.Contains(t, out, "- Bureau [un](https://exemple.fr/b1)\n- Bureau deux\n- Bureau [trois](https://exemple.fr/b3)\n")
	assert.Equal(t, "voir [la carte](<plans/la%20carte(2).pdf>) et [le plan](p.html), plan",
		linkify("voir la carte et le plan, plan", []article.Link{{Text: "la carte", URL: "plans/la carte(2).pdf"}, {Text: "absent", URL: "x"}, {Text: "le plan", URL: "p.html"}}))
}
