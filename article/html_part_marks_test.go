package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// servicePage returns a service page whose sections are in elements of
// class cls, after a short introduction, with a footer out of <main>.
func servicePage(cls, extra string) string {
	sections := []struct{ head, text string }{
		{"Réparation sur place", "Nos techniciens viennent réparer vos vélos dans votre atelier, avec les pièces d'origine, en moins de deux jours ouvrés."},
		{"Entretien des flottes", "Les entreprises et les collectivités confient l'entretien de leurs flottes à nos équipes, qui passent chaque mois."},
		{"Contrats annuels", "Un contrat annuel couvre les visites, la main-d'œuvre et les réglages, pour un prix fixé à l'avance avec vous."},
	}
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Réparation de vélos</h1><p>Un service pour les ateliers de la ville.</p>`)
	for _, s := range sections {
		b.WriteString(`<h2 class="` + cls + `">` + s.head + `</h2><p class="` + cls + `">` + s.text + `</p>`)
	}
	b.WriteString(extra + `</main><footer><p>Mentions légales et conditions générales de vente du site, mises à jour chaque année par nos services.</p></footer></body></html>`)
	return b.String()
}

func TestPartMarksClearedWhenTheyHoldMain(t *testing.T) {
	rail := `<div class="side-rail"><a href="/a">Nos magasins</a> <a href="/b">Nos offres</a> <a href="/c">Contact</a></div>`
	cases := []struct{ name, cls string }{
		{"block library's advanced heading", "blk-adv-heading"},
		{"design system prefix", "pub__text pub__typography-body"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, servicePage(tc.cls, rail))
			for _, want := range []string{"en moins de deux jours ouvrés", "qui passent chaque mois", "fixé à l'avance avec vous"} {
				assert.Contains(t, a.Text, want)
			}
			assert.NotContains(t, a.Text, "Nos magasins")
			assert.NotContains(t, a.Text, "Mentions légales")
		})
	}
}

func TestPartMarksKeptOnRealBoilerplate(t *testing.T) {
	cases := []struct{ name, page, dropped string }{
		{"side box holding less than half of main",
			`<html><body><main><h1>Budget voté</h1>` + bodyParas() +
				`<div class="side-box"><p>Abonnez-vous pour recevoir chaque semaine les nouvelles de la ville et du département.</p></div></main></body></html>`,
			"Abonnez-vous"},
		{"comment thread longer than the article in main",
			`<html><body><main><h1>Budget voté</h1>` + bodyParas() + `<div class="ad-comments">` +
				strings.Repeat("<p>Je ne suis pas d'accord avec cette hausse, elle pèse sur les familles de la ville depuis des années.</p>", 6) +
				`</div></main></body></html>`,
			"pas d'accord"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertBodyWithout(t, parsePage(t, tc.page), tc.dropped)
		})
	}
}
