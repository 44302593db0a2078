package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var testPoints = []string{
	"Le projet de loi encadre les usages de l'intelligence artificielle.",
	"Les entreprises auront deux ans pour se mettre en conformité.",
	"Une autorité de contrôle sera créée dès l'an prochain.",
}

// pointsList returns testPoints as a <ul> with the given attributes.
func pointsList(attrs string) string {
	return "<ul" + attrs + "><li>" + strings.Join(testPoints, "</li><li>") + "</li></ul>"
}

func TestKeyPointsInBody(t *testing.T) {
	cases := []struct {
		name, html, label string
	}{
		{"labelled by a heading", "<h2>L'essentiel</h2>" + pointsList(""), "L'essentiel"},
		{"labelled by a bold paragraph with colon", "<p><strong>Ce qu’il faut retenir :</strong></p>" + pointsList(""), "Ce qu’il faut retenir"},
		{"label and list in a plain box", `<div class="encadre"><h3>Key takeaways</h3>` + pointsList("") + "</div>", "Key takeaways"},
		{"label then wrapped list", `<div class="label">TL;DR</div><div class="content">` + pointsList("") + "</div>", "TL;DR"},
		{"box by class with visible label", `<div class="article-key-points"><span class="title">Les points clés</span>` + pointsList("") + "</div>", "Les points clés"},
		{"box by class without label", `<section id="story-highlights">` + pointsList("") + "</section>", ""},
		{"list by its own class", pointsList(` class="summary-list"`), ""},
		{"bullet-styled box before the body", `<ul class="article-bullets">` + pointsList("")[4:], ""},
		{"camel-case class", `<div class="RenderKeyPoints-wrapper"><h2>Points importants</h2>` + pointsList("") + "</div>", "Points importants"},
		{"box in a main column named after its sidebar", `<div class="site-content with-sidebar"><div class="main main-with-sidebar"><div class="article">` +
			`<section class="key-takeaways"><div class="kt-heading"><h2>Key takeaways</h2></div><div class="kt-content">` + pointsList("") + `</div></section></div></div></div>`, "Key takeaways"},
		{"empty paragraphs between label and list", "<h3>TL;DR</h3><p>\u200d</p><p>&nbsp;</p>" + pointsList(""), "TL;DR"},
		{"German label read first", "<h2>Das Wichtigste vorab</h2>" + pointsList(""), "Das Wichtigste vorab"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseSnippetTop(t, tc.html)
			require.NotNil(t, a.Summary)
			assert.Equal(t, tc.label, a.Summary.Label)
			assert.Equal(t, testPoints, a.Summary.Points)
			assert.NotContains(t, a.Text, testPoints[1], "the points stay out of the body text")
			assert.NotContains(t, a.Text, "essentiel")
		})
	}
}

// parseSnippetTop parses a page whose body starts with snippet, then has
// two paragraphs.
func parseSnippetTop(t *testing.T, snippet string) *Article {
	t.Helper()
	page := "<html><body><article><h1>Projet de loi</h1>" + snippet + snippetBefore + snippetAfter + "</article></body></html>"
	a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	return a
}

func TestInlineKeyPoint(t *testing.T) {
	a := parseSnippetTop(t, "<p><b>TL;DR:</b> le texte encadre l'IA et crée une autorité de contrôle.</p>")
	require.NotNil(t, a.Summary)
	assert.Equal(t, "TL;DR", a.Summary.Label)
	assert.Equal(t, []string{"le texte encadre l'IA et crée une autorité de contrôle."}, a.Summary.Points)
}

func TestNotKeyPoints(t *testing.T) {
	links := `<ul><li><a href="/a">Le Sénat adopte la réforme des retraites en commission</a></li><li><a href="/b">Intelligence artificielle : ce que prévoit le texte européen</a></li></ul>`
	cases := []struct{ name, html string }{
		{"navigation list", `<div class="menu-summary">` + pointsList("") + "</div>"},
		{"nav element", `<nav class="summary">` + pointsList("") + "</nav>"},
		{"related articles box", `<div class="related-articles"><h3>Key points</h3>` + pointsList("") + "</div>"},
		{"read also list of links", `<div class="summary-box"><h3>À lire aussi</h3>` + links + "</div>"},
		{"labelled list of links", "<h3>Key points</h3>" + links},
		{"plain list", pointsList("")},
		{"summary class with short items", `<ul class="summary"><li>Politique</li><li>Économie</li><li>Sport</li></ul>`},
		{"label without list", "<h2>L'essentiel</h2><p>Le texte encadre l'IA et crée une autorité de contrôle indépendante.</p>"},
		{"table of contents", `<div class="sommaire"><h2>Summary</h2>` + pointsList("") + "</div>"},
		{"forum thread facts in a bullet-styled list", `<ul class="listInline listInline--bullet"><li>Thread starter jdupont</li><li>Start date Yesterday at 4:25 AM</li></ul>`},
		{"install instructions in a popover", `<div class="pwaPopover"><ol class="ipsList--bullets"><li>Tap the Share icon in Safari</li><li>Scroll the menu and tap Add to Home Screen.</li><li>Tap Add in the top-right corner.</li></ol></div>`},
		{"body field named with-summary", `<div class="field--type-text-with-summary"><h2>Alerte</h2><p>` + strings.Repeat("Depuis 2015, de nombreux accidents se sont produits sur les chantiers. ", 5) + `</p><ul><li>` + strings.Join(testPoints, "</li><li>") + `</li></ul></div>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Nil(t, parseSnippetTop(t, tc.html).Summary)
		})
	}
}

func TestKeyPointsOnlyNearTop(t *testing.T) {
	long := strings.Repeat(snippetBefore, 12)
	page := "<html><body><article><h1>Projet de loi</h1>" + long + "<h2>Key points</h2>" + pointsList("") + snippetAfter + "</article></body></html>"
	a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	assert.Nil(t, a.Summary)
	assert.Contains(t, a.Text, testPoints[1], "a late list stays in the body")
}

func TestKeyPointsOutsideBody(t *testing.T) {
	cases := []struct{ name, header string }{
		{"in the page header", `<header class="article-header"><h1>Projet de loi</h1><div class="chapo"><h2>L'essentiel</h2>` + pointsList("") + "</div></header>"},
		{"in a box before the article", `<div class="key-points"><p>Key points</p>` + pointsList("") + "</div>"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><nav><ul><li><a href="/">Accueil</a></li></ul></nav><main>` + tc.header +
				"<article>" + snippetBefore + snippetAfter + "</article></main><footer>© Le Journal</footer></body></html>"
			a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{})
			require.NoError(t, err)
			require.NotNil(t, a.Summary)
			assert.Equal(t, testPoints, a.Summary.Points)
			assert.NotContains(t, a.Text, testPoints[0])
		})
	}
}

func TestKeyPointsFallbackStopsAtBody(t *testing.T) {
	page := "<html><body><article>" + snippetBefore + "</article><aside><h2>Key points</h2>" + pointsList("") + "</aside></body></html>"
	a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	assert.Nil(t, a.Summary, "a box after the first paragraph is not the article's")
}

func TestBulletBoxAfterFirstParagraphIsNotKeyPoints(t *testing.T) {
	page := "<html><body><article><h1>Projet de loi</h1>" + snippetBefore + `<ul class="bullet-list">` + pointsList("")[4:] + snippetAfter + "</article></body></html>"
	a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	assert.Nil(t, a.Summary)
}
