package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkedPage parses a small article whose middle holds extra, fetched from
// pageURL.
func linkedPage(t *testing.T, extra, pageURL string) *Article {
	t.Helper()
	page := "<html><head><title>Budget voté</title></head><body><article><h1>Budget voté</h1><p>" +
		bodyArticle[0] + "</p>" + extra + "<p>" + bodyArticle[2] + "</p></article></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{URL: pageURL})
	require.NoError(t, err)
	return a
}

func TestParagraphLinks(t *testing.T) {
	a := linkedPage(t, `<p>La majorité a défendu <a href="/2024/plan.html">un plan d'investissement</a> de douze millions, `+
		`selon <a href="https://www.prefecture.fr/budget">la préfecture</a> et <a href="#notes">les notes</a> `+
		`(<a href="https://www.exemple.fr/2024/budget.html#sources">les sources</a>, <a href="budget.html#vote">le vote</a>), `+
		`<a href="mailto:mairie@exemple.fr">écrivez-nous</a> ou <a href="javascript:void(0)">partagez</a>.</p>`,
		"https://www.exemple.fr/2024/budget.html")
	ps := blocksOfKind(a, BlockParagraph)
	require.Len(t, ps, 3)
	assert.Nil(t, ps[0].Links)
	assert.Equal(t, []Link{
		{Text: "un plan d'investissement", URL: "https://www.exemple.fr/2024/plan.html"},
		{Text: "la préfecture", URL: "https://www.prefecture.fr/budget"},
	}, ps[1].Links)
}

func TestLinksWithoutPageURL(t *testing.T) {
	a := linkedPage(t, `<p>La majorité a défendu <a href="plan.html">un plan d'investissement</a> de douze millions d'euros pour les écoles.</p>`, "")
	assert.Equal(t, []Link{{Text: "un plan d'investissement", URL: "plan.html"}}, blocksOfKind(a, BlockParagraph)[1].Links)
}

func TestLinksOfOtherBlocks(t *testing.T) {
	a := linkedPage(t, `<h2>Le vote</h2><p>Le conseil a siégé trois heures, devant une salle comble et une presse nombreuse.</p><h3>Le détail <a href="/detail">du vote</a></h3>`+
		`<p>La majorité a défendu un plan d'investissement de douze millions d'euros, consacré aux écoles.</p>`+
		`<ul><li>Écoles : <a href="/ecoles">cinq millions</a> ;</li><li>bus : quatre millions.</li></ul>`+
		`<blockquote><p>Nous tenons <a href="https://www.exemple.fr/promesses">nos promesses</a>, a déclaré le maire.</p></blockquote>`+
		`<table><tr><th>Poste</th><th>Source</th></tr><tr><td>Écoles</td><td><a href="/rapport.pdf">rapport</a></td></tr></table>`,
		"https://www.exemple.fr/2024/budget.html")
	assert.Equal(t, []Link{{Text: "du vote", URL: "https://www.exemple.fr/detail"}}, blocksOfKind(a, BlockHeading)[0].Links)
	assert.Equal(t, []Link{{Text: "cinq millions", URL: "https://www.exemple.fr/ecoles"}}, blocksOfKind(a, BlockList)[0].Links)
	assert.Equal(t, []Link{{Text: "nos promesses", URL: "https://www.exemple.fr/promesses"}}, blocksOfKind(a, BlockQuote)[0].Links)
	assert.Equal(t, []Link{{Text: "rapport", URL: "https://www.exemple.fr/rapport.pdf"}}, blocksOfKind(a, BlockTable)[0].Links)
}

// TestLinkAcrossParagraphs checks that a link the paragraph ends inside
// (two line breaks in it) is not given to either paragraph.
func TestLinkAcrossParagraphs(t *testing.T) {
	c := newContext(context.Background(), testConfig(), Input{})
	w := &bodyWalker{c: c}
	doc, err := html.Parse(strings.NewReader(`<a href="https://exemple.fr/a">Première partie<br><br>seconde partie</a> et la suite.`))
	require.NoError(t, err)
	w.children(findFirst(doc, atom.Body), 0)
	w.flush()
	require.Len(t, c.blocks, 2)
	assert.Nil(t, c.blocks[0].Links)
	assert.Nil(t, c.blocks[1].Links)
}

func TestLinksInText(t *testing.T) {
	b := Block{Kind: BlockParagraph, Text: "Selon la préfecture.", Links: []Link{{"la préfecture", "u1"}, {"Lire aussi", "u2"}}}
	assert.Equal(t, []Link{{"la préfecture", "u1"}}, linksInText(b))
	l := Block{Kind: BlockList, Items: []string{"cinq millions", "quatre"}, Links: []Link{{"quatre", "u"}}}
	assert.Equal(t, l.Links, linksInText(l))
	assert.Nil(t, linksInText(Block{Kind: BlockParagraph, Text: "x", Links: []Link{{"y", "u"}}}))
}

// TestLinksInTextReadingOrder checks that a link is looked for after the
// one before it: a second link on the same words, whose words were cut, is
// no longer kept for the first one's words, and links in the order of the
// text all stay.
func TestLinksInTextReadingOrder(t *testing.T) {
	b := Block{Kind: BlockParagraph, Text: "Le rapport est ici.", Links: []Link{{"ici", "u1"}, {"ici", "u2"}}}
	assert.Equal(t, []Link{{"ici", "u1"}}, linksInText(b))
	l := Block{Kind: BlockList, Items: []string{"a et b", "b et c"}, Links: []Link{{"a", "1"}, {"b", "2"}, {"b", "3"}, {"c", "4"}}}
	assert.Equal(t, l.Links, linksInText(l))
}

func TestSectionHeadingLinks(t *testing.T) {
	a := linkedPage(t, `<h2>Le <a href="/vote">vote</a> du budget</h2><p>La majorité a défendu un plan d'investissement de douze millions d'euros, consacré aux écoles.</p>`,
		"https://www.exemple.fr/2024/budget.html")
	var headed []Section
	for _, s := range a.Sections {
		if s.Heading != "" {
			headed = append(headed, s)
		}
	}
	require.Len(t, headed, 1)
	assert.Equal(t, "Le vote du budget", headed[0].Heading)
	assert.Equal(t, []Link{{Text: "vote", URL: "https://www.exemple.fr/vote"}}, headed[0].HeadingLinks)
}
