package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// offerBody is a service page's <main>: a short intro, then features set
// in boxes whose classes use news templates' boilerplate words ("meta",
// "carousel", "promo"), then a share box and a call to action.
func offerBody() string {
	feature := func(class, head, text string) string {
		return `<section class="` + class + `"><h2>` + head + `</h2><p>` + text + `</p></section>`
	}
	return `<main><h1>Cable TV plans</h1><p>All the entertainment you want, in one place, with one bill.</p>` +
		`<div class="swiper">` +
		feature("carousel__slide", "Live TV", "Explore channels, packages and add-ons with our TV service.") +
		feature("carousel__slide", "Sports", "Always know where to watch your favorite teams and leagues.") +
		`</div>` +
		feature("meta-block-section", "Voice remote", "Find any show across live TV, apps and your recordings by voice.") +
		feature("promo-tile", "International", "Watch your favorite channels from countries across the globe.") +
		`<div class="faq"><div class="accordion-header">Can I keep my own streaming box at home?</div>` +
		`<div class="accordion-body"><p>Yes, any box that runs our app works with every plan.</p></div></div>` +
		`<div class="share-tools"><p>Share this page with your friends on every network you use.</p></div>` +
		`<div class="cta-banner"><p>Call now to order and get the first month of service free.</p></div>` +
		`</main>`
}

func TestOfferContentWords(t *testing.T) {
	page := typePage(ldScript(`{"@type":"Service","name":"Cable TV"}`), offerBody())
	a := parseTyped(t, page, "")
	assert.Equal(t, PageTypeService, a.PageType)
	for _, want := range []string{"Explore channels", "favorite teams", "Find any show", "countries across the globe",
		"Can I keep my own streaming box"} {
		assert.Contains(t, a.Text, want)
	}
	assert.NotContains(t, a.Text, "Share this page")
	assert.NotContains(t, a.Text, "Call now to order")
}

func TestOfferContentNotOnArticles(t *testing.T) {
	body := `<article><h1>Budget passed</h1>` + strings.Repeat("<p>"+typeProse+"</p>", 6) +
		`<section class="meta-block-section"><p>Filed under city hall, budget and council meetings this week.</p></section></article>`
	a := parseTyped(t, typePage(ldScript(`{"@type":"NewsArticle"}`), body), "")
	assert.NotContains(t, a.Text, "Filed under")
}

func TestOfferContent(t *testing.T) {
	cases := []struct {
		name, tag, class string
		flags            uint8
		want             bool
	}{
		{"carousel slide", "div", "swiper-slide carousel__slide", infoSurelyBoiler, true},
		{"meta block", "section", "hx-jss-meta-block-section", infoSurelyBoiler, true},
		{"aside part", "div", "ApiSection-Aside", infoSurelyBoiler, true},
		{"section header", "div", "row section-header", infoSurelyBoiler, true},
		{"question of an accordion", "div", "accordion-header", infoSurelyBoiler, true},
		{"header element", "header", "nav-header", infoSurelyBoiler, false},
		{"share box", "div", "share-tools", infoSurelyBoiler, false},
		{"call to action", "div", "cta-banner", infoSurelyBoiler, false},
		{"read time", "div", "read-time-estimate", infoSurelyBoiler, false},
		{"footer element", "footer", "promo", infoSurelyBoiler, false},
		{"hidden", "div", "carousel", infoSurelyBoiler | infoHidden, false},
		{"not boilerplate", "div", "carousel", 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n := &html.Node{Type: html.ElementNode, Data: tc.tag, DataAtom: atom.Lookup([]byte(tc.tag)),
				Attr: []html.Attribute{{Key: "class", Val: tc.class}}}
			assert.Equal(t, tc.want, offerContent(&nodeInfo{node: n, flags: tc.flags}))
		})
	}
}
