package article

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func parseTestDoc(page string) (*html.Node, error) { return html.Parse(strings.NewReader(page)) }

// parseHTMLString parses an inline page with the test Config.
func parseHTMLString(t *testing.T, page, u string) (*Article, *Context) {
	t.Helper()
	cfg := testConfig()
	c := newContext(context.Background(), cfg, Input{URL: u})
	doc, err := parseTestDoc(page)
	require.NoError(t, err)
	c.doc = doc
	readMetadata(c)
	return c.article, c
}

func TestJSONLDBylinePage(t *testing.T) {
	b, err := os.ReadFile("../testdata/jsonld-byline-fr.html")
	require.NoError(t, err)
	a, c := parseHTMLString(t, string(b), "")

	assert.Equal(t, "La ville teste des navettes autonomes sur les quais", a.Title)
	assert.Equal(t, []string{"Jean Dupont", "Marie Martin", "AFP"}, authorNames(a.Authors))
	assert.Equal(t, "https://www.quotidien-du-port.example/auteurs/jean-dupont", a.Authors[0].URL)
	require.NotNil(t, a.Published)
	assert.Equal(t, "2024-02-26T14:30:00+01:00", a.Published.String())
	assert.Equal(t, "2024-02-26T14:30:00+01:00", a.Published.Raw)
	require.NotNil(t, a.Modified)
	assert.Equal(t, "2024-03-01T09:15:00+01:00", a.Modified.String())
	assert.Equal(t, "fr-FR", a.Language)
	assert.Equal(t, "Le Quotidien du Port", a.SiteName)
	assert.Equal(t, "https://www.quotidien-du-port.example/transports/2024/02/26/navettes-autonomes-quais_42.html", a.URL)
	assert.Equal(t, "https://www.quotidien-du-port.example/images/navette.jpg", a.Image)
	assert.Equal(t, []string{"Transports", "Mobilité", "Innovation", "navettes"}, a.Tags)

	desc, ok := metaDescription.Get(c)
	require.True(t, ok)
	assert.True(t, strings.HasPrefix(desc, "Pendant six mois"))
	body, ok := jsonLDBody.Get(c)
	require.True(t, ok)
	assert.True(t, strings.HasPrefix(body, "Depuis lundi"))
}

// TestVisibleOnlyPage checks a page with no metadata but what it prints.
func TestVisibleOnlyPage(t *testing.T) {
	page := `<html><head><title>Des navettes sur les quais - Le Port</title></head><body>
	<nav><h1>Le Port</h1></nav>
	<article><h1>Des navettes sur les quais</h1>
	<p class="byline">Par Jean Dupont et Marie Martin, avec AFP</p>
	<p>Publié le 26 février 2024 à 14h30, mis à jour le 1er mars 2024</p>
	<p>Texte de l'article, assez long pour être lu comme un paragraphe.</p></article></body></html>`
	a, _ := parseHTMLString(t, page, "https://le-port.example/a")
	assert.Equal(t, "Des navettes sur les quais", a.Title)
	assert.Equal(t, []string{"Jean Dupont", "Marie Martin", "AFP"}, authorNames(a.Authors))
	require.NotNil(t, a.Published)
	assert.Equal(t, "2024-02-26T14:30:00", a.Published.String())
	assert.Equal(t, "26 février 2024 à 14h30", a.Published.Raw)
	require.NotNil(t, a.Modified)
	assert.Equal(t, "2024-03-01", a.Modified.String())
}

func TestEnglishVisiblePage(t *testing.T) {
	page := `<html lang="en-gb"><head><title>Ferries return to the river | The Courier</title>
	<meta property="og:site_name" content="The Courier"></head><body>
	<header><h1>Ferries return to the river</h1>
	<div class="meta"><span>By</span> <a rel="author" href="/jane">Jane Doe</a> and <a href="/bob">Bob Lee</a>
	<span>Updated March 1, 2024</span> <time datetime="2024-02-26T09:00:00Z">Feb. 26, 2024</time></div></header>
	<p>Body.</p></body></html>`
	a, _ := parseHTMLString(t, page, "https://courier.example/2024/02/25/ferries")
	assert.Equal(t, "Ferries return to the river", a.Title)
	assert.Equal(t, []string{"Jane Doe", "Bob Lee"}, authorNames(a.Authors))
	require.NotNil(t, a.Published)
	assert.Equal(t, "2024-02-26T09:00:00Z", a.Published.String())
	require.NotNil(t, a.Modified)
	assert.Equal(t, "2024-03-01", a.Modified.String())
	assert.Equal(t, "en-GB", a.Language)
	assert.Equal(t, "The Courier", a.SiteName)
}

func TestTitleSuffixes(t *testing.T) {
	ts := &titleSources{sites: []string{"le monde", "lemonde"}, names: 2}
	for _, tc := range []struct{ in, want string }{
		{"Un titre | Le Monde", "Un titre"},
		{"Un titre - Le Monde", "Un titre"},
		{"Un titre — Le Monde", "Un titre"},
		{"Un titre – LeMonde.fr", "Un titre"},
		{"Le Monde : Un titre", "Un titre"},
		{"Un titre - Politique | Le Monde", "Un titre - Politique"},
		{"Un titre: la suite", "Un titre: la suite"},
		{"Un titre - avec un tiret", "Un titre - avec un tiret"},
	} {
		assert.Equal(t, tc.want, ts.clean(tc.in), tc.in)
	}
	assert.Equal(t, "A long headline here", cleanByAgreement("A long headline here | Acme", titleKeys([]string{"A long headline here"})))
	assert.Equal(t, "A long headline here", cleanShortSuffix("A long headline here | Acme News"))
}

func TestPickTitle(t *testing.T) {
	for _, tc := range []struct {
		name, page, want string
	}{
		{"h1 agrees with og:title", `<head><title>Headline words here | Site</title><meta property="og:title" content="Headline words here"></head><body><h1>Site</h1><h1>Headline words here</h1>`, "Headline words here"},
		{"og:title without h1", `<head><title>X | Site</title><meta property="og:title" content="Real headline"><meta property="og:site_name" content="Site"></head><body><p>x</p>`, "Real headline"},
		{"title suffix by site name", `<head><title>Real headline - Site</title><meta property="og:site_name" content="Site"></head><body><p>x</p>`, "Real headline"},
		{"h1 shares words with title", `<head><title>Best ferries of 2024 ranked | Site</title></head><body><nav><h1>Menu</h1></nav><h1>The best ferries of 2024</h1>`, "The best ferries of 2024"},
		{"entities in metadata", `<head><meta property="og:title" content="Salt &amp;amp; pepper"></head><body><p>x</p>`, "Salt & pepper"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := parseHTMLString(t, "<html>"+tc.page+"</html>", "https://site.example/a")
			assert.Equal(t, tc.want, a.Title)
		})
	}
}

func TestDatePriority(t *testing.T) {
	for _, tc := range []struct {
		name, page, url, want string
	}{
		{"JSON-LD before meta", `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-26T10:00:00Z"}</script>
			<meta property="article:published_time" content="2024-02-27T10:00:00Z"></head><body><h1>T</h1>`, "", "2024-02-26T10:00:00Z"},
		{"meta before visible", `<head><meta name="pubdate" content="2024-02-26"></head><body><h1>T</h1><p>Published March 3, 2024</p>`, "", "2024-02-26"},
		{"itemprop time", `<body><h1>T</h1><time itemprop="datePublished" datetime="2024-02-26T08:00:00+01:00">hier</time>`, "", "2024-02-26T08:00:00+01:00"},
		{"visible French date", `<body><h1>T</h1><p>Publié le 26 sept. 2024 à 14h30</p>`, "", "2024-09-26T14:30:00"},
		{"visible update is not publication", `<body><h1>T</h1><p>Mis à jour le 1er mars 2024</p><p>Publié le 26/02/2024</p>`, "", "2024-02-26"},
		{"URL as last resort", `<body><h1>T</h1><p>x</p>`, "https://x.example/2024/02/26/story", "2024-02-26"},
		{"unix time", `<head><meta name="parsely-pub-date" content="1708941600"></head><body><h1>T</h1>`, "", "2024-02-26T10:00:00Z"},
		{"related dates far away ignored", `<body><h1>T</h1><p>Publié le 26 février 2024</p><aside><time datetime="2023-01-01">x</time></aside>`, "", "2024-02-26"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := parseHTMLString(t, "<html>"+tc.page+"</html>", tc.url)
			require.NotNil(t, a.Published)
			assert.Equal(t, tc.want, a.Published.String())
		})
	}
}

func TestNormalizeLangTag(t *testing.T) {
	for in, want := range map[string]string{
		"fr": "fr", "FR": "fr", "fr_FR": "fr-FR", "en-gb": "en-GB", "en-US,en": "en-US",
		"zh-Hant-TW": "zh", "": "", "x": "", "french": "",
	} {
		assert.Equal(t, want, normalizeLangTag(in), in)
	}
}
