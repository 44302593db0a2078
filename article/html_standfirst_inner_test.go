package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInnerStandfirst(t *testing.T) {
	const lede = "Le conseil municipal a adopté le budget après trois heures de débat tendu."
	cases := []struct{ name, head, want string }{
		{"kicker beside an inline standfirst", `<p class="chapo"><strong>Gros temps</strong> <span class="chapo-text">` + lede + `</span></p>`, lede},
		{"byline line beside a block standfirst", `<div class="intro"><p class="infos">Par Jean Dupont, le 14.06.2024 à 11h46</p><div class="article-chapo"><p>` + lede + `</p></div></div>`, lede},
		{"date beside a standfirst of the description", `<p class="intro"><span class="date">03.06.2024, 15:30 Uhr</span><span>` + lede + `</span></p>`, lede},
		{"text after an inline standfirst ends its sentence", `<p class="chapo"><span class="summary">` + strings.TrimSuffix(lede, " tendu.") + `</span> <em>tendu.</em></p>`, lede},
		{"a heading after the standfirst keeps the element whole", `<div class="intro"><p class="summary">` + lede + `</p><h2>Un vote serré</h2></div>`, lede + " Un vote serré"},
		{"a question beside is kept", `<p class="chapo"><b>Faut-il voter ce budget ?</b> <span class="summary">` + lede + `</span></p>`, "Faut-il voter ce budget ? " + lede},
		{"a kicker set apart only by its element", `<h3 class="chapo"><span class="keyword">Finances</span>` + lede + `</h3>`, "Finances " + lede},
		{"a date ending the standfirst's element is the page's", `<h2 class="deck">` + lede + `<span class="date">Lundi 6 janvier 2020</span></h2>`, lede},
		{"a byline's name and date ending it too", `<div class="deck"><p>` + lede + `</p><div class="meta"><a href="/auteurs/roux">Paul Roux</a><div class="date">03.11.2023</div></div></div>`, lede},
		{"a last sentence about a date stays", `<h2 class="deck">` + lede + ` <span class="next">Le vote final aura lieu le 5 mars 2024.</span></h2>`, lede + " Le vote final aura lieu le 5 mars 2024."},
		{"a sentence cut in two is kept", `<p class="chapo"><a href="/conseil">Le conseil</a> <span class="summary">` + lede[len("Le conseil "):] + `</span></p>`, lede},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Budget voté</title><meta name="description" content="` + lede + `"></head><body><article><h1>Budget voté</h1>` + tc.head +
				"<p>" + strings.Join(bodyArticle, "</p><p>") + "</p></article></body></html>"
			a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Standfirst)
			assert.NotContains(t, a.Text, "Jean Dupont", "the outer element is still left out of the body")
		})
	}
}

func TestStandfirstCopyDropped(t *testing.T) {
	const lede = "Le conseil municipal a adopté le budget après trois heures de débat tendu."
	page := `<html><head><title>Budget voté</title></head><body><article><h1>Budget voté</h1><p class="chapo">` + lede + `</p>` +
		`<div class="content"><p>` + lede + `</p><p>` + strings.Join(bodyArticle, "</p><p>") + "</p></div></article></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	assert.Equal(t, lede, a.Standfirst)
	assert.Equal(t, 1, strings.Count(a.Text, lede), "the standfirst is said once")
}

func TestBoilerStandfirst(t *testing.T) {
	const lede = "Les élus ont adopté le budget de la ville au terme d'une longue soirée de discussions."
	cases := []struct{ name, desc, head, want string }{
		{"in the header beside the image caption", "", `<div class="header_wrapper"><figure><img src="a.jpg"><figcaption>Le conseil réuni mardi soir.</figcaption></figure><div class="field-lead">` + lede + `</div></div>`, lede},
		{"in a meta box, said by the description", lede, `<div class="article-meta"><p class="byline">Par Jean Dupont</p><p class="dek">` + lede + `</p></div>`, lede},
		{"in a meta box, not said by the description", "", `<div class="article-meta"><p class="byline">Par Jean Dupont</p><p class="dek">` + lede + `</p></div>`, ""},
		{"the author's biography in the header", "", `<div class="article-header"><p class="byline">Par <a href="/auteur/jean-dupont">Jean Dupont</a></p><div class="author-excerpt">Jean est journaliste et couvre la vie municipale depuis dix ans.</div></div>`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			meta := `<meta name="author" content="Jean Dupont"><meta property="og:type" content="article">`
			if tc.desc != "" {
				meta += `<meta name="description" content="` + tc.desc + `">`
			}
			page := `<html><head><title>Budget voté</title>` + meta + `</head><body><article><h1>Budget voté</h1>` + tc.head +
				"<p>" + strings.Join(bodyArticle, "</p><p>") + "</p></article></body></html>"
			a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Standfirst)
		})
	}
}
