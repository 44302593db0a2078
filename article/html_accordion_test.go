package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// accordionPage returns a service page whose questions and answers are
// an accordion, each question the button named by button.
func accordionPage(button func(q, id string) string) string {
	item := func(q, id, answer string) string {
		return `<div class="accordion-item">` + button(q, id) +
			`<div id="` + id + `" class="accordion-collapse collapse show"><div class="accordion-body">` + answer + `</div></div></div>`
	}
	return `<html><head><title>Consulting services</title></head><body><nav><a href="/">Home</a></nav><main>` +
		`<h1>Consulting services</h1>` +
		`<p>We help companies of every size adopt new tools, with a team of experienced consultants who have worked in many industries for many years.</p>` +
		`<p>Our services cover strategy, design, implementation and support, from the first meeting to the last delivery, and we stay at your side after the launch.</p>` +
		`<h3>Frequently Asked Questions</h3><div class="accordion">` +
		item("What does consulting entail for my company?", "c1", "Consulting is a collaborative process where our experienced professionals work closely with your team, to understand your needs and to design a plan.") +
		item("Do you provide ongoing support afterwards?", "c2", "Indeed, our commitment extends beyond the consultation phase, and we believe in forging lasting partnerships with all of our clients.") +
		`</div></main><footer>Copyright</footer></body></html>`
}

func TestBodyAccordionQuestions(t *testing.T) {
	cases := []struct {
		name   string
		button func(q, id string) string
	}{
		{"button in a heading", func(q, id string) string {
			return `<h4 class="accordion-header"><button class="accordion-button" type="button" aria-expanded="true" aria-controls="` + id + `">` + q + `</button></h4>`
		}},
		{"bare button in a heading", func(q, _ string) string {
			return `<h4 class="faq-title"><button class="faq-toggle">` + q + `</button></h4>`
		}},
		{"question that says it is open", func(q, _ string) string {
			return `<button class="faq-question" aria-expanded="false">` + q + `</button>`
		}},
		{"button that says what it opens", func(q, id string) string {
			return `<button class="faq-question" aria-expanded="false" aria-controls="` + id + `">` + q + `</button>`
		}},
		{"heading in a wrapper named as furniture", func(q, id string) string {
			return `<div class="card-header" id="h-` + id + `"><h3 class="mb-0"><button class="btn btn-link" data-toggle="collapse" aria-expanded="true" aria-controls="` + id + `">` + q + `</button></h3></div>`
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, accordionPage(tc.button))
			assert.Contains(t, a.Text, "What does consulting entail for my company?")
			assert.Contains(t, a.Text, "Do you provide ongoing support afterwards?")
			assert.Contains(t, a.Text, "forging lasting partnerships")
		})
	}
}

func TestHeadingButtonBesideText(t *testing.T) {
	page := `<html><body><main><h1>Consulting services <button class="share">Share this page</button></h1>` +
		`<p>We help companies of every size adopt new tools, with a team of experienced consultants who have worked in many industries for many years.</p>` +
		`<p>Our services cover strategy, design, implementation and support, from the first meeting to the last delivery.</p></main></body></html>`
	a := parsePage(t, page)
	assert.Equal(t, "Consulting services", a.Title)
	assert.NotContains(t, a.Text, "Share this page")
}

func TestBodyMenuButtonDropped(t *testing.T) {
	page := `<html><body><header><button class="menu-toggle" aria-expanded="false" aria-controls="menu">Menu</button></header><main><h1>Consulting services</h1>` +
		`<p>We help companies of every size adopt new tools, with a team of experienced consultants who have worked in many industries for many years.</p>` +
		`<p>Our services cover strategy, design, implementation and support, from the first meeting to the last delivery.</p><button type="submit">Send</button><button aria-expanded="false">Show more options</button></main></body></html>`
	a := parsePage(t, page)
	assert.Contains(t, a.Text, "experienced consultants")
	assert.NotContains(t, a.Text, "Menu")
	assert.NotContains(t, a.Text, "Send")
	assert.NotContains(t, a.Text, "Show more")
}
