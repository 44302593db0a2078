package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// spaProductPage returns a shop's product page rendered in the browser:
// a header, an empty mount point and a footer in the HTML, the product
// and its description in JSON-LD only.
func spaProductPage(ld string) string {
	return `<html><head><title>Trail Mug</title><script type="application/ld+json">` + ld + `</script></head><body>` +
		`<header><a href="/">Home</a> <a href="/shop">Shop</a></header><div id="app"></div>` +
		`<footer><p>Sign up for 10% off your first order.</p></footer></body></html>`
}

const spaMugLD = `{"@context":"https://schema.org","@type":"Product","name":"Trail Mug",` +
	`"description":"BUILT FOR THE CAMPFIRE.\nOur enamel trail mug keeps coffee hot on cold mornings and shrugs off knocks on the trail, a steel body with a glass-hard coat that never rusts.\nIt holds twelve ounces, stacks with the rest of the camp set and goes in the dishwasher when you are home again."}`

func TestBodyProductDescriptionFromJSONLD(t *testing.T) {
	a := parsePage(t, spaProductPage(spaMugLD))
	assert.Equal(t, PageTypeProduct, a.PageType)
	assert.Contains(t, a.Text, "BUILT FOR THE CAMPFIRE.")
	assert.Contains(t, a.Text, "glass-hard coat that never rusts")
	assert.Contains(t, a.Text, "stacks with the rest of the camp set")
	assert.NotContains(t, a.Text, "Sign up for 10% off")
}

func TestBodyProductDescriptionInHTML(t *testing.T) {
	ld := `{"@type":"Product","name":"Trail Mug","description":"<h4>Built for the campfire.</h4><p>Our enamel trail mug keeps coffee hot on cold mornings and shrugs off knocks on the trail, a steel body with a glass-hard coat that never rusts.</p><p>It holds twelve ounces and goes in the dishwasher.</p>"}`
	a := parsePage(t, spaProductPage(ld))
	assert.Contains(t, a.Text, "Built for the campfire.\n")
	assert.Contains(t, a.Text, "never rusts.")
	assert.NotContains(t, a.Text, "<p>")
}

func TestBodyProductPageKeptOverDescription(t *testing.T) {
	// The page shows its own description, as long as the JSON-LD one:
	// the page is read, not the JSON-LD.
	page := `<html><head><script type="application/ld+json">` + spaMugLD + `</script></head><body><main><h1>Trail Mug</h1>` +
		`<div class="description"><p>Our enamel trail mug keeps coffee hot on cold mornings and shrugs off knocks on the trail, a steel body with a glass-hard coat.</p>` +
		`<p>The handle is wide enough for a gloved hand, and the rim is rolled so that it never burns your lips around the fire.</p></div>` +
		`<button class="add-to-cart">Add to cart</button></main></body></html>`
	a := parsePage(t, page)
	assert.Contains(t, a.Text, "gloved hand")
	assert.NotContains(t, a.Text, "BUILT FOR THE CAMPFIRE")
}

func TestProductDescriptionParagraphs(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"One line.\n\n Two  lines. ", []string{"One line.", "Two lines."}},
		{"<p>One <strong>bold</strong> line.</p><ul><li>a</li><li>b</li></ul>", []string{"One bold line.", "a", "b"}},
		{"", nil},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, descriptionParagraphs(tc.in), tc.in)
	}
}

func TestBodyProductDescriptionOnEmptyPage(t *testing.T) {
	page := `<html><head><script type="application/ld+json">` + spaMugLD + `</script></head><body><div id="app"></div></body></html>`
	a := parsePage(t, page)
	assert.Equal(t, PageTypeProduct, a.PageType)
	assert.Contains(t, a.Text, "glass-hard coat that never rusts")

	notProduct := `<html><head><script type="application/ld+json">{"@type":"WebPage","description":"` + strings.Repeat("A page about mugs. ", 20) + `"}</script></head><body><div id="app"></div></body></html>`
	_, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(notProduct), Input{})
	assert.Error(t, err)
}
