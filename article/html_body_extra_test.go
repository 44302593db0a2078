package article

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBodyDropsPromoLines(t *testing.T) {
	cases := []struct{ name, html, dropped string }{
		{"share label and bar", `<p>Share this:</p><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Email</a></li></ul>`, "Share this"},
		{"share bar items", `<ul><li>Partager sur Facebook</li><li>Imprimer</li></ul>`, "Partager sur Facebook"},
		{"advertisement label", `<p>Advertisement</p>`, "Advertisement"},
		{"read also line", `<p>À lire aussi : Les impôts locaux augmentent encore</p>`, "augmentent encore"},
		{"also on line", `<p>Also on example.com: another story about budgets</p>`, "another story"},
		{"slideshow counter", `<p>Image 2 of 5</p>`, "Image 2 of 5"},
		{"newsletter plea", `<p>Sign up for our newsletter to get the news every morning</p>`, "newsletter"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertBodyWithout(t, parseBodyPage(t, tc.html), tc.dropped)
		})
	}
}

// A story's sentence that opens with "Also on" and a day or a small word
// stays; "Also on" and a site's name is a promotion line.
func TestBodyKeepsAlsoOnSentences(t *testing.T) {
	a := parseBodyPage(t, `<p>Also on Monday, the council approved a new budget for the parks.</p>`+
		`<p>Also on the agenda was a plan to sell the old fire station.</p>`+
		`<p>Also on BBC News: the pier that fell into the sea</p>`)
	assert.Contains(t, a.Text, "Also on Monday, the council approved")
	assert.Contains(t, a.Text, "Also on the agenda was")
	assert.NotContains(t, a.Text, "BBC News")
}

func TestBodyTrimsTailCredits(t *testing.T) {
	cases := []struct{ name, tail, dropped string }{
		{"additional reporting", `<p>Additional reporting by Jane Roe in Lyon.</p>`, "Jane Roe"},
		{"contributed", `<p>Writers John Doe and Jane Roe contributed to this report.</p>`, "contributed"},
		{"rule and follow line", `<p>___</p><p>Follow our full coverage of the budget at https://example.com/budget</p>`, "full coverage"},
		{"copyright", `<p>© 2024 Le Journal. All rights reserved.</p>`, "2024 Le Journal"},
		{"suivez-nous", `<p>Suivez-nous sur les réseaux sociaux pour ne rien manquer.</p>`, "Suivez-nous"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := "<html><body><article><h1>Budget voté</h1><p>" + strings.Join(bodyArticle, "</p><p>") + "</p>" +
				tc.tail + "</article></body></html>"
			a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, bodyArticle[2])
			assert.NotContains(t, a.Text, tc.dropped)
		})
	}
}

func TestStandfirstCases(t *testing.T) {
	const lede = "Le conseil municipal a adopté le budget après trois heures de débat tendu."
	cases := []struct{ name, head, want string }{
		{"class", `<p class="chapo">` + lede + `</p>`, lede},
		{"bold first paragraph", `<p><strong>` + lede + `</strong></p>`, lede},
		{"not a header around the headline", `<div class="intro"><h2>Budget voté</h2><p class="standfirst">` + lede + `</p></div>`, lede},
		{"not a wrapper with the byline time", `<div class="lead-wrap"><p class="lead">` + lede + `</p><time datetime="2024-06-03">3 juin 2024</time></div>`, lede},
		{"not a lead image caption", `<div class="lead-image-caption">Photo : Claire Martin pour le journal local.</div>`, ""},
		{"partly bold paragraph is body", `<p><strong>Mardi soir,</strong> le conseil municipal a adopté le budget après un long débat.</p>`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := "<html><head><title>Budget voté</title></head><body><article><h1>Budget voté</h1>" + tc.head +
				"<p>" + strings.Join(bodyArticle, "</p><p>") + "</p></article></body></html>"
			a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Standfirst)
		})
	}
}

func TestNoscriptContent(t *testing.T) {
	posts := strings.Repeat("<div class='post'><p>"+strings.Join(bodyArticle, "</p><p>")+"</p></div>", 8)
	cases := []struct {
		name, body string
		want       bool
	}{
		{"content only in noscript", `<div id="app"></div><noscript><div id="main">` + posts + `</div></noscript>`, true},
		{"noscript pixel beside content", `<article><p>` + strings.Join(bodyArticle, "</p><p>") + `</p></article><noscript><img src="pixel.gif"></noscript>`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := "<html><head><title>Forum</title></head><body>" + tc.body + "</body></html>"
			a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, strings.Contains(a.Text, bodyArticle[1]))
		})
	}
}

func TestJSONLDBodyChoosesContainer(t *testing.T) {
	story := []string{
		"Les pompiers sont intervenus dans la nuit de lundi à mardi pour un incendie dans un entrepôt du port, sans faire de blessé.",
		"Le feu, parti d'un stock de palettes, a été maîtrisé au petit matin après cinq heures d'efforts, selon la préfecture.",
		"Une enquête a été ouverte pour déterminer les causes du sinistre, qui pourrait être d'origine criminelle selon les premiers éléments.",
		"Les entreprises voisines ont pu rouvrir dès mardi midi, mais la circulation reste coupée sur le quai pour la journée.",
	}
	comments := strings.Repeat(`<div class="c"><p>Encore un incendie dans ce quartier, il faudrait vraiment que la ville fasse quelque chose pour la sécurité, non ?</p></div>`, 6)
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Incendie au port","articleBody":"` + strings.Join(story, " ") + `"}</script>`
	page := "<html><head><title>Incendie au port</title>" + ld + "</head><body><div class=\"x\"><h1>Incendie au port</h1><p>" +
		strings.Join(story, "</p><p>") + "</p></div><div class=\"y\">" + comments + "</div></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	for _, p := range story {
		assert.Contains(t, a.Text, p)
	}
	assert.NotContains(t, a.Text, "Encore un incendie")
}

func TestDropRepeats(t *testing.T) {
	p := func(s string) Block { return Block{Kind: BlockParagraph, Text: s} }
	long := func(i int) Block { return p(strings.Repeat("x", minRepeatLen) + string(rune('a'+i))) }
	h := Block{Kind: BlockHeading, Text: "Étape", Level: 2}
	cases := []struct {
		name       string
		body, want []Block
	}{
		{"passage printed twice", []Block{h, long(0), long(1), long(2), h, long(0), long(1), long(2)}, []Block{h, long(0), long(1), long(2), h}},
		{"one line back after each part", []Block{long(0), long(9), long(1), long(9), long(2), long(9)}, []Block{long(0), long(9), long(1), long(9), long(2), long(9)}},
		{"copy shorter than a run", []Block{long(0), long(1), long(0), long(1)}, []Block{long(0), long(1), long(0), long(1)}},
		{"short lines never count", []Block{p("Oui"), p("Non"), p("Oui"), p("Non")}, []Block{p("Oui"), p("Non"), p("Oui"), p("Non")}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, dropRepeats(slices.Clone(tc.body)))
		})
	}
}

func TestBodyDropsSecondCopy(t *testing.T) {
	copyOf := "<div class=\"mobile\"><p>" + strings.Join(bodyArticle, "</p><p>") + "</p></div>"
	page := "<html><body><article><h1>Budget voté</h1><p>" + strings.Join(bodyArticle, "</p><p>") + "</p>" +
		copyOf + "</article></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	assert.Equal(t, 1, strings.Count(a.Text, bodyArticle[1]))
}

func TestConsentDialogNeverTheBody(t *testing.T) {
	purpose := "<p>These technologies help us understand how the site is used, which pages are read, how long readers stay, and which partners may measure the audience of each page.</p>"
	page := `<html><body><div class="thread"><h1>New case</h1><div class="post"><p>Does anyone know what the two ports at the back are for? The manual says nothing.</p></div>` +
		`<div class="post"><p>I read they are for lighting hubs, but nobody has confirmed it yet.</p></div></div>` +
		`<div id="onetrust-consent-sdk"><div class="ot-pc-content">` + strings.Repeat(purpose, 6) + `</div></div></body></html>`
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	assert.Contains(t, a.Text, "two ports at the back")
	assert.NotContains(t, a.Text, "These technologies")
}

func TestBodyDropsAffiliateDisclosure(t *testing.T) {
	cases := []struct {
		name, line string
		dropped    bool
	}{
		{"post contains links", "This post contains affiliate links. Click here to read my full disclosure.", true},
		{"we may earn", "Products are chosen independently by our editors. Purchases made through our links may earn us a commission.", true},
		{"french", "Cet article contient des liens d'affiliation : nous pouvons percevoir une commission sur vos achats.", true},
		{"about affiliate marketing", "Streamers earn a commission when viewers buy games or gear through affiliate links.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseBodyPage(t, "<p>"+tc.line+"</p>")
			for _, p := range bodyArticle {
				assert.Contains(t, a.Text, p)
			}
			assert.Equal(t, !tc.dropped, strings.Contains(a.Text, tc.line))
		})
	}
}

func TestBodyKeepsSubheadings(t *testing.T) {
	cases := []struct{ name, extra, heading string }{
		{"before a picture with its credit", `<h3>Mirrorless cameras</h3><div class="image-block"><figure class="c-caption"><img src="a.jpg"><figcaption class="caption">Photo: A. Lens – a mirrorless camera</figcaption></figure></div>`, "Mirrorless cameras"},
		{"a link to what it presents", `<h4><a href="https://garden.example/">The Garden Hall</a></h4>`, "The Garden Hall"},
		{"header in its class", `<h2 class="header-anchor-post"><strong>Why it matters</strong><div class="header-anchor-parent"><button aria-label="Link"></button></div></h2>`, "Why it matters"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseBodyPage(t, tc.extra)
			heads := sectionHeadings(a)
			assert.Contains(t, heads, tc.heading)
		})
	}
}

func TestBoldLineSubheadings(t *testing.T) {
	cases := []struct {
		name, extra, line string
		heading           bool
	}{
		{"bold line before a paragraph", `<p><strong>The vote</strong></p>`, "The vote", true},
		{"bold label with a colon", `<p><strong>Note:</strong></p>`, "Note:", false},
		{"bold sentence", `<p><b>The vote was close.</b></p>`, "The vote was close.", false},
		{"bold line before a table", `<p><strong>Results 70-44</strong></p><table><tr><td>A</td><td>B</td></tr></table>`, "Results 70-44", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseBodyPage(t, tc.extra)
			heads := sectionHeadings(a)
			assert.Equal(t, tc.heading, slices.Contains(heads, tc.line), "headings %q", heads)
			assert.Contains(t, a.Text, tc.line)
		})
	}
}

// sectionHeadings returns the headings of a's sections.
func sectionHeadings(a *Article) []string {
	var heads []string
	for _, s := range a.Sections {
		heads = append(heads, s.Heading)
	}
	return heads
}

func TestBodyReadsClosedAccordion(t *testing.T) {
	faq := `<h2>Questions</h2><div class="faq"><button type="button" aria-expanded="false" aria-controls="faq-1"><p>When is the budget voted?</p></button>` +
		`<div id="faq-1" aria-hidden="true" style="height:0;overflow:hidden"><p>The council votes it every December, after two readings.</p></div></div>` +
		`<div aria-hidden="true"><p>A carousel slide nobody opens with a button.</p></div>`
	a := parseBodyPage(t, faq)
	assert.Contains(t, a.Text, "When is the budget voted?")
	assert.Contains(t, a.Text, "The council votes it every December")
	assert.NotContains(t, a.Text, "A carousel slide")
}
