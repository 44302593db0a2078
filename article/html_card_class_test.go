package article

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// shopGridPage returns a shop's category page without a <main> element:
// a grid of products whose classes carry each product's id and its
// place in the row (a title, a price, a button), and a newsletter form,
// the only prose of the page.
func shopGridPage() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Cups – Pottery Shop</title></head><body>` +
		`<header><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a></nav></header>` +
		`<div id="page"><h1>Cups</h1><ul class="products columns-4">`)
	for i := range 8 {
		place := ""
		switch i % 4 {
		case 0:
			place = " first"
		case 3:
			place = " last"
		}
		fmt.Fprintf(&b, `<li class="product type-product post-%d status-publish instock%s">`+
			`<a href="/cup-%d" class="loop-link"><img src="/c/%d.jpg" alt=""><h2>Stoneware cup number %d in a speckled glaze</h2></a>`+
			`<span class="price">$%d.00</span><a href="?add=%d" class="button">Add to cart</a></li>`, 15850+i, place, i, i, i, 20+i, i)
	}
	b.WriteString(`</ul></div><div class="signup"><form><p>Sign up to hear about new colours first.</p>` +
		`<input type="email" placeholder="Email"><button>Subscribe</button></form></div>` +
		`<footer><p>Copyright 2025 Pottery Shop.</p></footer></body></html>`)
	return b.String()
}

func TestShopGridCardsAlikeByCardWord(t *testing.T) {
	a := parsePage(t, shopGridPage())
	assert.Contains(t, a.Text, "Stoneware cup number 0 in a speckled glaze")
	assert.Contains(t, a.Text, "Stoneware cup number 7 in a speckled glaze")
	assert.Contains(t, a.Text, "$27.00")
}

// menuIDsPage returns a short article whose page holds a long menu, its
// items each with the id of its entry in its class, and no <main>.
func menuIDsPage() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Prison official speaks</title></head><body>` +
		`<div class="mobile-nav"><ul class="main-menu">`)
	for i := range 8 {
		fmt.Fprintf(&b, `<li class="menu-item menu-item-type-taxonomy menu-item-%d"><a href="/c/%d">Section %d</a><ul class="sub-menu">`+
			`<li><a href="/c/%d/a">Local news of section %d</a></li><li><a href="/c/%d/b">Business news of section %d</a></li></ul></li>`, 100+i, i, i, i, i, i, i)
	}
	b.WriteString(`</ul></div><div class="content"><h1>Prison official speaks</h1>` +
		`<div class="post-content"><p>A senior prison official said in a sworn statement that the old prison could not hold its most dangerous inmates.</p></div></div>` +
		`<footer><p>Copyright 2025 The Compass.</p></footer></body></html>`)
	return b.String()
}

func TestMenuItemsWithIDsAreNoCards(t *testing.T) {
	a := parsePage(t, menuIDsPage())
	assert.Contains(t, a.Text, "A senior prison official said")
	assert.NotContains(t, a.Text, "Business news of section")
}
