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

func TestOfferCardLinks(t *testing.T) {
	card := func(head, text string) string {
		return `<div class="card"><a class="promo-tile-link" href="/services/` + head + `"><h3>` + head + `</h3>` +
			`<div class="desc">` + text + `</div></a></div>`
	}
	body := `<main><h1>Our services</h1><div class="grid">` +
		card("Audit", "Independent audits that help you understand and address the risks of your business.") +
		card("Tax", "Advice on direct and indirect tax, from compliance to planning across borders.") +
		card("Consulting", "Strategy, operations and technology work with the teams that run your company.") +
		`</div><p>Find the right team for you. <a class="promo-link" href="/all">See every service</a></p>` +
		`<div><a class="share-link" href="/share"><span>Share</span><div>Share this page on every network</div></a></div></main>`
	a := parseTyped(t, typePage(ldScript(`{"@type":"Service","name":"Advisory"}`), body), "")
	for _, want := range []string{"Independent audits", "direct and indirect tax", "Strategy, operations"} {
		assert.Contains(t, a.Text, want)
	}
	assert.NotContains(t, a.Text, "See every service")
	assert.NotContains(t, a.Text, "Share this page")
}

func TestOfferInline(t *testing.T) {
	cases := []struct {
		name, tag, class, inner string
		want                    bool
	}{
		{"card link", "a", "promo-card", "<h3>Audit</h3><p>Independent audits.</p>", true},
		{"plain link", "a", "promo-link", "See every service", false},
		{"share card", "a", "share-card", "<div>Share this page</div>", false},
		{"span", "span", "promo-card", "<div>Audit</div>", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<div><` + tc.tag + ` class="` + tc.class + `">` + tc.inner + `</` + tc.tag + `></div>`))
			assert.NoError(t, err)
			var n *html.Node
			for d := range doc.Descendants() {
				if d.Type == html.ElementNode && d.Data == tc.tag && n == nil {
					n = d
				}
			}
			assert.Equal(t, tc.want, offerInline(n))
		})
	}
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
