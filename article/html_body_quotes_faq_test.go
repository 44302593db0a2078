package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// quoteStoryPage returns an article whose second paragraph is followed by
// figure, and whose text goes on after it.
func quoteStoryPage(figure string) string {
	return `<html><head><title>Search is changing</title></head><body><nav><a href="/">Home</a></nav><main><article>` +
		`<h1>Search is changing</h1>` +
		`<p>Search engines now answer many questions on their own results page, and the sites that wrote the answers see fewer visits than they did a year ago.</p>` +
		`<p>We asked the people who run search teams at large companies how they plan their work for the coming year, and what they would tell a newcomer.</p>` +
		figure +
		`<p>Most of them agree that the reports their managers read will change first, long before the work itself does, and they are preparing for it.</p>` +
		`</article></main><footer>Copyright</footer></body></html>`
}

// quoteText is the quotation the figures of TestBodyFigureQuotes hold.
const quoteText = "The job has gone from a single trade to a practice of the whole company, and the teams that see it early will be the ones that last."

func TestBodyFigureQuotes(t *testing.T) {
	cases := []struct{ name, figure string }{
		{"pull quote", `<figure class="wp-block-pullquote"><blockquote><p>` + quoteText + `</p><cite>Jane Doe</cite></blockquote></figure>`},
		{"quote beside a portrait", `<figure class="quote-component"><div class="quote-portrait"><img src="/jane.jpg" alt=""></div>` +
			`<div class="quote-content"><blockquote class="quote-text"><p>` + quoteText + `</p></blockquote>` +
			`<figcaption><a href="https://www.linkedin.com/in/jane">LinkedIn</a> <strong>Jane Doe</strong>, Head of Search, Acme</figcaption></div></figure>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, quoteStoryPage(tc.figure))
			assert.Contains(t, a.Text, quoteText)
			assert.Contains(t, a.Text, "preparing for it")
			assert.NotContains(t, a.Text, "LinkedIn")
		})
	}
}

func TestBodyFigureEmbedNotQuote(t *testing.T) {
	figure := `<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">` +
		`<blockquote class="instagram-media"><p>` + quoteText + `</p></blockquote></div></figure>`
	a := parsePage(t, quoteStoryPage(figure))
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			assert.NotEqual(t, BlockQuote, b.Kind, "an embedded post read as a quote: %q", b.Text)
		}
	}
}

func TestBodyAccordionQuestionNumberedHeader(t *testing.T) {
	button := func(q, id string) string {
		return `<div class="accordion-title-container"><button aria-controls="` + id + `" id="header-` + id +
			`" aria-expanded="false" class="accordion-toggle"><div class="accordion-title"><h3>` + q + `</h3></div></button></div>`
	}
	a := parsePage(t, accordionPage(button))
	assert.Contains(t, a.Text, "What does consulting entail for my company?")
	assert.Contains(t, a.Text, "Do you provide ongoing support afterwards?")
	assert.Contains(t, a.Text, "forging lasting partnerships")

	menu := `<html><body><main><h1>Consulting services</h1><button id="header-menu" aria-expanded="false" aria-controls="menu">Open the menu</button>` +
		`<p>We help companies of every size adopt new tools, with a team of experienced consultants who have worked in many industries for many years.</p>` +
		`<p>Our services cover strategy, design, implementation and support, from the first meeting to the last delivery.</p></main></body></html>`
	assert.NotContains(t, parsePage(t, menu).Text, "Open the menu")
}

func TestBodyPullQuoteRepeatingStory(t *testing.T) {
	figure := `<figure class="wp-block-pullquote"><blockquote><p>“Most of them agree that the reports their managers read will change first, long before the work itself does”</p></blockquote></figure>`
	a := parsePage(t, quoteStoryPage(figure))
	assert.Equal(t, 1, strings.Count(a.Text, "Most of them agree"), a.Text)
}

func TestBodyClosedAnswerWithoutPanelID(t *testing.T) {
	item := func(q, answer string) string {
		return `<div class="collapsible-section"><h3 class="collapsible-header"><button aria-expanded="false" class="collapsible-button">` + q + `</button></h3>` +
			`<div aria-hidden="true" hidden class="collapsible-text"><p>` + answer + `</p></div></div>`
	}
	page := `<html><head><title>Running shoes</title></head><body><main><article><h1>How to choose running shoes</h1>` +
		`<p>Running shoes wear out with every mile, and the foam that cushions each stride loses its spring long before the upper shows any sign of age.</p>` +
		`<p>We tested dozens of pairs on roads and trails over a whole season, and asked coaches what they tell the runners they train every week.</p>` +
		`<h2>Questions</h2>` +
		item("How do I know when I need new shoes?", "A general rule of thumb is to retire your shoes twice a year if you do not keep a log of the miles you run in each pair.") +
		item("What is a common mistake when buying shoes?", "Buying shoes for their looks is a common mistake: a pair that fits your feet and your stride matters much more than its colour.") +
		`</article></main></body></html>`
	a := parsePage(t, page)
	assert.Contains(t, a.Text, "How do I know when I need new shoes?")
	assert.Contains(t, a.Text, "retire your shoes twice a year")
	assert.Contains(t, a.Text, "a pair that fits your feet")

	shown := `<html><body><main><h1>Running shoes</h1><p>Running shoes wear out with every mile, and the foam that cushions each stride loses its spring long before the upper.</p>` +
		`<p>We tested dozens of pairs on roads and trails over a whole season, and asked coaches what they tell their runners.</p>` +
		`<h3>Sizes</h3><div hidden><p>This size chart is hidden until a reader picks a brand from the list of brands above it.</p></div></main></body></html>`
	assert.NotContains(t, parsePage(t, shown).Text, "size chart")
}
