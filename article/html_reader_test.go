package article

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bodyArticle is the article that the boilerplate cases wrap: three
// paragraphs of prose.
var bodyArticle = []string{
	"Le conseil municipal a voté mardi soir, après trois heures de débat, le budget de l'année prochaine.",
	"La majorité a défendu un plan d'investissement de douze millions d'euros, consacré aux écoles et aux transports.",
	"L'opposition, elle, a dénoncé une hausse des impôts locaux, la deuxième en trois ans, et a voté contre.",
}

// parseBodyPage parses a page whose article holds the three paragraphs of
// bodyArticle with extra inserted after the first one.
func parseBodyPage(t *testing.T, extra string) *Article {
	t.Helper()
	page := "<html><head><title>Budget voté</title></head><body><article><h1>Budget voté</h1><p>" +
		bodyArticle[0] + "</p>" + extra + "<p>" + bodyArticle[1] + "</p><p>" + bodyArticle[2] +
		"</p></article></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	return a
}

// assertBodyWithout checks that a kept every paragraph of bodyArticle and
// dropped the text dropped.
func assertBodyWithout(t *testing.T, a *Article, dropped string) {
	t.Helper()
	for _, p := range bodyArticle {
		assert.Contains(t, a.Text, p)
	}
	assert.NotContains(t, a.Text, dropped)
}

func TestBodyDropsBoilerplate(t *testing.T) {
	cases := []struct{ name, html, dropped string }{
		{"menu", `<nav><ul><li><a href="/">Accueil</a></li><li><a href="/sport">Sport</a></li></ul></nav>`, "Accueil"},
		{"ad label", `<div class="ad-slot"><span>Publicité</span></div>`, "Publicité"},
		{"cookie banner", `<div class="cookie-banner"><p>Nous utilisons des cookies pour mesurer l'audience, accepter ?</p></div>`, "cookies"},
		{"share bar", `<div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>`, "Facebook"},
		{"read also box", `<div class="read-also"><a href="/x">Les impôts locaux augmentent encore dans la région</a></div>`, "augmentent encore"},
		{"related list", `<aside><h3>Sur le même sujet</h3><ul><li><a href="/a">Un autre article sur le budget</a></li></ul></aside>`, "même sujet"},
		{"comments", `<section id="comments"><p>Quel scandale, encore une hausse des impôts, je vais déménager !</p></section>`, "scandale"},
		{"newsletter", `<div class="newsletter-box"><p>Recevez chaque matin notre lettre, c'est gratuit et sans engagement.</p></div>`, "lettre"},
		{"author bio", `<div class="author-bio"><p>Jeanne Dupont couvre la politique locale depuis 2010.</p></div>`, "couvre la politique"},
		{"footer", `<footer><p>© 2024 Le Journal. Tous droits réservés.</p></footer>`, "droits réservés"},
		{"breadcrumb", `<ol class="breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/ville">Ville</a></li></ol>`, "Ville"},
		{"tag list", `<ul class="tags"><li><a href="/t/fiscalite">fiscalité</a></li><li><a href="/t/municipales">municipales</a></li></ul>`, "fiscalité"},
		{"paywall prompt", `<div class="subscribe-wall"><p>Abonnez-vous pour lire la suite, à partir de 1 € le premier mois.</p></div>`, "Abonnez-vous"},
		{"hidden attribute", `<p hidden>Texte caché dans la page pour les robots et les lecteurs d'écran.</p>`, "Texte caché"},
		{"aria-hidden", `<div aria-hidden="true"><p>Texte caché dans la page pour les robots et les lecteurs d'écran.</p></div>`, "Texte caché"},
		{"display none", `<div style="display: none"><p>Texte caché dans la page pour les robots et les lecteurs d'écran.</p></div>`, "Texte caché"},
		{"dateline", `<p>Mis à jour le 3 juin 2024 à 18h05</p>`, "Mis à jour"},
		{"heading of a pruned link list", `<h3>À lire aussi</h3><ul><li><a href="/a">Un autre article</a></li><li><a href="/b">Encore un autre</a></li></ul>`, "lire aussi"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertBodyWithout(t, parseBodyPage(t, tc.html), tc.dropped)
		})
	}
}

func TestBodyBlocks(t *testing.T) {
	cases := []struct {
		name, html string
		want       Block
	}{
		{"sub-heading", `<h2>Les écoles d'abord</h2><p>Premier poste de dépense, les écoles recevront cinq millions d'euros.</p>`,
			Block{Kind: BlockHeading, Text: "Les écoles d'abord", Level: sectionLevel}},
		{"deeper heading", `<h2>Les écoles d'abord</h2><h3>Les transports</h3><p>Deux nouvelles lignes de bus seront créées au printemps, a-t-il annoncé.</p>`,
			Block{Kind: BlockHeading, Text: "Les transports", Level: 3}},
		{"list", `<ul><li>cinq millions pour les écoles ;</li><li>quatre millions pour les bus.</li></ul>`,
			Block{Kind: BlockList, Items: []string{"cinq millions pour les écoles ;", "quatre millions pour les bus."}}},
		{"quotation", `<blockquote><p>Nous tenons nos promesses, a déclaré le maire.</p></blockquote>`,
			Block{Kind: BlockQuote, Text: "Nous tenons nos promesses, a déclaré le maire."}},
		{"table", `<table><tr><th>Poste</th><th>Montant</th></tr><tr><td>Écoles</td><td>5 M€</td></tr></table>`,
			Block{Kind: BlockTable, Text: "Poste\tMontant\nÉcoles\t5 M€", Rows: [][]string{{"Poste", "Montant"}, {"Écoles", "5 M€"}}, HeaderRows: 1}},
		{"figure", `<figure><img src="a.jpg" alt=""><figcaption>Le maire à la tribune.</figcaption></figure>`,
			Block{Kind: BlockFigure, Text: "Le maire à la tribune.", Image: "a.jpg"}},
		{"code", "<pre>budget = 12_000_000\nimpots += 2</pre>",
			Block{Kind: BlockCode, Text: "budget = 12_000_000\nimpots += 2"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseBodyPage(t, tc.html)
			if tc.want.Kind != BlockFigure {
				assert.Contains(t, a.Text, firstNonEmpty(tc.want.Text, strings.Join(tc.want.Items, "\n")))
			}
			assert.Contains(t, allBlocks(a), tc.want)
		})
	}
}

// allBlocks returns the blocks the walk produced, before sections.
func allBlocks(a *Article) []Block {
	var out []Block
	for _, s := range a.Sections {
		if s.Heading != "" {
			out = append(out, Block{Kind: BlockHeading, Text: s.Heading, Level: sectionLevel})
		}
		out = append(out, s.Blocks...)
	}
	return out
}

// sectionLevel stands for the level of a heading that became a section
// heading, which Section does not keep.
const sectionLevel = -1

func TestBodyKeepsReadingOrderAndDropsTitle(t *testing.T) {
	a := parseBodyPage(t, `<h2>Les écoles d'abord</h2>`)
	assert.NotContains(t, a.Text, "Budget voté", "the title is not repeated in the body")
	i0 := strings.Index(a.Text, bodyArticle[0])
	ih := strings.Index(a.Text, "Les écoles d'abord")
	i1 := strings.Index(a.Text, bodyArticle[1])
	assert.True(t, i0 < ih && ih < i1, "blocks keep the page order")
}

func TestFigureCaptionLeftOutOfText(t *testing.T) {
	a := parseBodyPage(t, `<figure><img src="a.jpg" alt=""><figcaption>Le maire à la tribune.</figcaption></figure>`)
	assert.NotContains(t, a.Text, "tribune")
}

// recordingExtractor claims the elements it is offered whose class holds
// its word, and records them.
type recordingExtractor struct {
	atoms []atom.Atom
	class string
	seen  *[]string
}

func (r recordingExtractor) Trigger() []atom.Atom { return r.atoms }

func (r recordingExtractor) Extract(c *Context, n *html.Node) bool {
	if !strings.Contains(Attr(n, "class"), r.class) {
		return false
	}
	*r.seen = append(*r.seen, Attr(n, "class"))
	return true
}

func TestEmbedsOfferedBeforePruning(t *testing.T) {
	var seen []string
	cfg := NewConfig()
	Extenders{French, English}.Extend(cfg)
	cfg.AddNodeExtractor(recordingExtractor{[]atom.Atom{atom.Blockquote, atom.Iframe, atom.Div}, "post-embed", &seen}, 50)
	cfg.Freeze()
	page := "<html><body><article><h1>Budget voté</h1><p>" + bodyArticle[0] + "</p>" +
		`<div class="social-share"><blockquote class="post-embed tweet">Le maire a tweeté</blockquote></div>` +
		`<figure><iframe class="post-embed video" src="https://www.youtube.com/embed/x"></iframe></figure>` +
		`<div class="post-embed insta"><a href="https://www.instagram.com/p/x/">Voir sur Instagram</a></div>` +
		"<p>" + bodyArticle[1] + "</p><p>" + bodyArticle[2] + "</p></article></body></html>"
	_, err := ParseHTML(context.Background(), cfg, strings.NewReader(page), Input{})
	require.NoError(t, err)
	assert.Equal(t, []string{"post-embed tweet", "post-embed video", "post-embed insta"}, seen)
}

func TestStandfirstOutsideArticle(t *testing.T) {
	f, err := os.Open("../testdata/standfirst-outside-fr.html")
	require.NoError(t, err)
	defer f.Close()
	a, err := ParseHTML(context.Background(), testConfig(), f, Input{})
	require.NoError(t, err)

	assert.Equal(t, "Pour rafraîchir les enfants pendant les canicules, la municipalité remplace le bitume de vingt cours d'école par de la terre et des arbres.", a.Standfirst)
	assert.Equal(t, 1, strings.Count(a.Text, "Pour rafraîchir les enfants"), "the standfirst is said once")
	assert.True(t, strings.HasPrefix(a.Text, a.Standfirst), "the text starts with the standfirst")
	for _, kept := range []string{"Les travaux commenceront", "Un chantier financé par l'État", "six mille mètres carrés", "cinq degrés plus fraîche", "journée portes ouvertes"} {
		assert.Contains(t, a.Text, kept)
	}
	for _, dropped := range []string{"cookies", "Accueil", "Partager", "À lire aussi", "Recevez chaque matin", "Sur le même sujet", "commentaires", "Très bonne initiative", "Tous droits réservés", "Photo : Claire Martin", "mille arbres dans ses cours"} {
		assert.NotContains(t, a.Text, dropped)
	}
	require.Len(t, a.Sections, 2)
	assert.Equal(t, "Un chantier financé par l'État", a.Sections[1].Heading)
}

func TestListingPageKeepsMainContent(t *testing.T) {
	page := `<html><body><nav><a href="/">Accueil</a> <a href="/a">À propos</a></nav><main><h1>Nos recettes</h1>` +
		`<div class="card"><h2><a href="/r1">Tarte aux pommes</a></h2><p>Une tarte simple, avec des pommes du verger et une pâte brisée maison.</p></div>` +
		`<div class="card"><h2><a href="/r2">Gratin dauphinois</a></h2><p>Le gratin des dimanches, crémeux, doré, et prêt en une heure de four.</p></div>` +
		`</main><footer><a href="/mentions">Mentions légales</a></footer></body></html>`
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	assert.Contains(t, a.Text, "pâte brisée maison")
	assert.Contains(t, a.Text, "prêt en une heure")
	assert.NotContains(t, a.Text, "Mentions légales")
}

func TestNothingReadable(t *testing.T) {
	page := `<html><body><nav><a href="/">Accueil</a> <a href="/a">À propos</a></nav></body></html>`
	_, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	assert.ErrorIs(t, err, ErrNotArticle)
}
