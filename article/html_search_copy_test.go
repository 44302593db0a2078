package article

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// searchCopyPage returns a shop's category page: a grid of products, then
// a long text for search engines in an element of class seoClass.
func searchCopyPage(seoClass string, paras int) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>T-shirts</title><meta property="og:type" content="product.group"></head><body>` +
		`<header><nav><a href="/">Home</a> <a href="/men">Men</a> <a href="/women">Women</a></nav></header>` +
		`<div class="page"><h1>T-shirts</h1><ul class="grid">`)
	for i := range 12 {
		fmt.Fprintf(&b, `<li class="card"><a href="/p/%d">Running Graphic T-Shirt %d</a><p>Oversized fit in soft cotton</p><p>Storm blue</p><span>$%d</span></li>`, i, i, 20+i)
	}
	b.WriteString(`</ul><div class="` + seoClass + `"><h2>Shop our T-shirts</h2>`)
	for range paras {
		b.WriteString(`<p>Our T-shirts are made for training and for every day, in cotton blends that breathe and keep their shape after many washes, with fits from slim to oversized.</p>`)
	}
	b.WriteString(`</div></div><footer><p>Copyright 2025 Acme. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

func TestBodySearchCopyGivesWayToGrid(t *testing.T) {
	a := parsePage(t, searchCopyPage("collection-seo-text", 5))
	assert.Equal(t, PageTypeCollection, a.PageType)
	assert.Contains(t, a.Text, "Running Graphic T-Shirt 3")
	assert.Contains(t, a.Text, "Running Graphic T-Shirt 11")
	assert.NotContains(t, a.Text, "keep their shape after many washes")
}

func TestBodySearchCopyKeptWhenGridIsSmall(t *testing.T) {
	a := parsePage(t, searchCopyPage("collection-seo-text", 40))
	assert.Contains(t, a.Text, "keep their shape after many washes")
}

func TestHasSearchCopyWord(t *testing.T) {
	for v, want := range map[string]bool{
		"section-seo page-width":       true,
		"supporting-text_seo__x1":      true,
		"SEO":                          true,
		"seo-text":                     true,
		"season":                       false,
		"museo":                        false,
		"":                             false,
		"article body":                 false,
		"shopify-section-legacy-seo-x": true,
	} {
		assert.Equal(t, want, hasSearchCopyWord(v), v)
	}
}
