package article

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// featureColumnPage returns a service page that declares no type, has no
// <main> element and no list of cards: intro paragraphs under the
// headline, then features of a heading and short lines each, in the same
// content column, between a page header and a footer.
func featureColumnPage(intro int, features []string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Our services</title></head><body>` +
		`<header class="site-header"><nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/contact">Contact</a></nav></header>` +
		`<div class="page"><div class="hero"><h1>Our services</h1>` +
		strings.Repeat(`<p>We help your business grow with services that bring people, data and ideas together, so that each project ends in results you can measure.</p>`, intro) +
		`</div><div class="features">`)
	for _, name := range features {
		b.WriteString(`<div class="feature"><h2>` + name + `</h2><div>Plans for firms big and small</div><div>Experts near you every day</div></div>`)
	}
	b.WriteString(`</div></div><footer><p>Copyright 2025 Acme Group. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

var serviceFeatures = []string{"Audit", "Tax advice", "Consulting", "Risk review", "Payroll", "Legal help", "Training", "Cloud setup", "Data work", "Strategy"}

// datedPage puts a publication date above the headline of page.
func datedPage(page string) string {
	return strings.Replace(page, `<h1>`, `<time datetime="2025-03-02">March 2, 2025</time><h1>`, 1)
}

func TestBodyWeakContainerWidensToContentColumn(t *testing.T) {
	a := parsePage(t, datedPage(featureColumnPage(1, serviceFeatures)))
	assert.Contains(t, a.Text, "results you can measure")
	assert.Contains(t, a.Text, "Tax advice")
	assert.Contains(t, a.Text, "Experts near you every day")
	assert.NotContains(t, a.Text, "About us")
	assert.NotContains(t, a.Text, "All rights reserved")
}

func TestBodyWeakContainerKeptOnDeclaredProduct(t *testing.T) {
	page := strings.Replace(datedPage(featureColumnPage(1, serviceFeatures)), `<head>`, `<head><script type="application/ld+json">{"@type":"Product","name":"Audit"}</script>`, 1)
	a := parsePage(t, page)
	assert.Equal(t, PageTypeProduct, a.PageType)
	assert.Contains(t, a.Text, "results you can measure")
}

func TestBodyUndatedPageReadsContentColumn(t *testing.T) {
	more := append(slices.Clone(serviceFeatures), "Marketing", "Design", "Hosting", "Support", "Security", "Mobile apps", "Analytics", "Websites")
	a := parsePage(t, featureColumnPage(3, more))
	assert.Contains(t, a.Text, "results you can measure")
	assert.Contains(t, a.Text, "Mobile apps")
	assert.Contains(t, a.Text, "Experts near you every day")
	assert.NotContains(t, a.Text, "About us")
	assert.NotContains(t, a.Text, "All rights reserved")

	assert.NotContains(t, parsePage(t, datedPage(featureColumnPage(3, more))).Text, "Mobile apps")
}
