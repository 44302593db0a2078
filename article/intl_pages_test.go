package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The pages of this file are written the way news sites of Germany,
// Spain, Latin America, Italy, Brazil, Japan and Russia print a story:
// the headline, a byline and date line in the page's language, a key-points
// box under a local label, the body.

// intlBody is a body long enough to be an article's, in no particular
// language.
const intlBody = `<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>` +
	`<p>Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat, duis aute irure.</p>` +
	`<p>Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum, sed ut perspiciatis.</p>`

// intlPage returns a page in the language lang, with head in its head and
// header between the headline and the body.
func intlPage(lang, head, header string) string {
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Eine Schlagzeile von einiger Länge</title>` +
		head + `</head><body><header><nav><a href="/">Home</a></nav></header><main><article>` +
		`<h1>Eine Schlagzeile von einiger Länge</h1>` + header + intlBody + `</article></main><footer>©</footer></body></html>`
}

func TestIntlSummaryLabels(t *testing.T) {
	cases := []struct{ name, lang, box, label string }{
		{"German box", "de", `<div class="box"><h2>Das Wichtigste in Kürze</h2><ul><li>Die Koalition hat sich auf den Haushalt geeinigt.</li>` +
			`<li>Schienen und Brücken sollen saniert werden.</li></ul></div>`, "Das Wichtigste in Kürze"},
		{"German aside", "de", `<aside class="infobox"><h3>Auf einen Blick</h3><ul><li>Der Streik beginnt am Dienstag um zwei Uhr.</li>` +
			`<li>Betroffen ist vor allem der Fernverkehr.</li></ul></aside>`, "Auf einen Blick"},
		{"Spanish", "es", `<div class="claves"><h3>Las claves</h3><ul><li>Los alquileres se limitarán en zonas tensionadas.</li>` +
			`<li>Los grandes tenedores deberán ofrecer vivienda social.</li></ul></div>`, "Las claves"},
		{"Mexican bold label", "es-MX", `<div><p><strong>Lo más importante:</strong></p><ul><li>La inflación subió a 4.5 por ciento.</li>` +
			`<li>Los precios de los alimentos crecieron más.</li></ul></div>`, "Lo más importante"},
		{"Italian", "it", `<div class="box"><h4>In sintesi</h4><ul><li>Bonus per le famiglie con reddito basso.</li>` +
			`<li>Sconti per le imprese che consumano molta energia.</li></ul></div>`, "In sintesi"},
		{"Brazilian", "pt-BR", `<div class="resumo"><p><b>Em resumo</b></p><ul><li>A taxa básica de juros fica em 10,75% ao ano.</li>` +
			`<li>A decisão do comitê foi unânime entre os diretores.</li></ul></div>`, "Em resumo"},
		{"Russian", "ru", `<div class="main"><h3>Главное</h3><ul><li>Ставка осталась на уровне 16 процентов.</li>` +
			`<li>Следующее заседание пройдёт в апреле.</li></ul></div>`, "Главное"},
		{"Japanese, written without spaces", "ja", `<div class="point"><h2>要点</h2><ul><li>低所得世帯に給付金</li>` +
			`<li>総額は約10兆円</li></ul></div>`, "要点"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage(tc.lang, "", tc.box))
			require.NotNil(t, a.Summary)
			assert.Equal(t, tc.label, a.Summary.Label)
			assert.Len(t, a.Summary.Points, 2)
			assert.NotContains(t, a.Text, tc.label)
		})
	}
}

func TestWordCountOfScripts(t *testing.T) {
	assert.Equal(t, 4, wordCount("Die Koalition hat Streit"))
	assert.Equal(t, 5, wordCount("低所得世帯に給付金"))
	assert.Equal(t, 3, wordCount("総額は約10兆円"))
	assert.Equal(t, 0, wordCount(" "))
}

func TestIntlBylinePrefixes(t *testing.T) {
	cases := []struct{ name, lang, byline, want string }{
		{"Russian", "ru", `<div class="article__author">Автор: Иван Петров</div>`, "Иван Петров"},
		{"Japanese text credit", "ja", `<p class="byline">文・山田太郎</p>`, "山田太郎"},
		{"Japanese reporting and text", "ja", `<p class="byline">取材・文：佐藤花子</p>`, "佐藤花子"},
		{"German article by", "de", `<p>Ein Artikel von Anna Weber</p>`, "Anna Weber"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage(tc.lang, "", tc.byline))
			assert.Equal(t, []string{tc.want}, authorNames(a.Authors))
		})
	}
}

func TestIntlBodyBylineLine(t *testing.T) {
	cases := []struct {
		line string
		drop bool
	}{
		{"Por María López / Ciudad de México", true},
		{"Por Ana Souza, g1 — Brasília", true},
		{"Von Anna Weber und Jonas Schmidt, ARD-Hauptstadtstudio", true},
		{"di Marco Rossi", true},
		{"Di Maio e Salvini, lite sul governo", false},
		{"Von der Leyen will mehr Geld für die Verteidigung", false},
		{"Por qué sube el precio de la vivienda", false},
		{"Por María López.", false},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			assert.Equal(t, tc.drop, moreBylineLine(tc.line))
			page := `<html><body><article><h1>Eine Schlagzeile von einiger Länge</h1>` + intlBody +
				`<p>` + tc.line + `</p></article></body></html>`
			a := parsePage(t, page)
			assert.Equal(t, !tc.drop, strings.Contains(a.Text, tc.line))
		})
	}
}

// TestKickerSpanGlued checks that a kicker set in its own span of the
// headline, glued to the headline's span in the markup, is cut when the
// metadata give the headline alone.
func TestKickerSpanGlued(t *testing.T) {
	cases := []struct{ name, head, h1, want string }{
		{"German topline", `<meta property="og:title" content="Koalition einigt sich auf Milliardenpaket">`,
			`<span class="topline">Haushalt</span><span class="headline">Koalition einigt sich auf Milliardenpaket</span>`,
			"Koalition einigt sich auf Milliardenpaket"},
		{"Spanish kicker after a colon", `<meta property="og:title" content="El Gobierno aprueba la ley de vivienda">`,
			`<span>Vivienda:</span><span>El Gobierno aprueba la ley de vivienda</span>`,
			"El Gobierno aprueba la ley de vivienda"},
		{"words glued inside one element stay", `<meta property="og:title" content="Der Spiegel-Bericht sorgt für Ärger">`,
			`Der <em>Spiegel</em>-Bericht sorgt für Ärger`, "Der Spiegel-Bericht sorgt für Ärger"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Seite</title>` + tc.head + `</head><body><article><h1>` + tc.h1 + `</h1>` +
				intlBody + `</article></body></html>`
			a, _ := parseHTMLString(t, page, "")
			assert.Equal(t, tc.want, a.Title)
		})
	}
}

func TestHeadingTextSpacesGluedWords(t *testing.T) {
	cases := []struct{ in, want string }{
		{`<h1><span>Haushalt</span><span>Koalition einigt sich</span></h1>`, "Haushalt Koalition einigt sich"},
		{`<h1><span>Haushalt:</span>Koalition</h1>`, "Haushalt: Koalition"},
		{`<h1>Der <em>Spiegel</em>-Bericht</h1>`, "Der Spiegel-Bericht"},
		{`<h1>i<span>Phone</span></h1>`, "i Phone"},
		{`<h1><span>ЦБ</span><span>Ставка</span></h1>`, "ЦБ Ставка"},
		{`<h1><span>要点</span><span>政府</span></h1>`, "要点政府"},
	}
	for _, tc := range cases {
		doc, err := parseTestDoc(tc.in)
		require.NoError(t, err)
		assert.Equal(t, tc.want, headingText(firstH1(doc)), tc.in)
	}
}

// firstH1 returns the first <h1> under n, or nil.
func firstH1(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
		return n
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if h := firstH1(ch); h != nil {
			return h
		}
	}
	return nil
}

func TestIntlStandfirstClasses(t *testing.T) {
	cases := []struct{ name, lang, lede string }{
		{"Spanish entradilla", "es", `<div class="entradilla">La norma limitará los alquileres en las zonas tensionadas del país.</div>`},
		{"Argentine bajada", "es-AR", `<p class="nota-bajada">La medida rige desde el lunes en todo el territorio nacional.</p>`},
		{"Italian sommario", "it", `<h2 class="sommario">Il Consiglio dei ministri approva il pacchetto di aiuti per famiglie e imprese.</h2>`},
		{"Brazilian linha fina", "pt-BR", `<p class="linha-fina">Decisão do Copom foi unânime e veio em linha com as expectativas.</p>`},
		{"German Vorspann", "de", `<p class="artikel-vorspann">Nach wochenlangem Streit hat sich die Koalition auf den Haushalt geeinigt.</p>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, intlPage(tc.lang, "", tc.lede))
			doc, err := parseTestDoc(tc.lede)
			require.NoError(t, err)
			assert.Equal(t, nodeText(doc), a.Standfirst)
		})
	}
}
