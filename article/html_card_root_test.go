package article

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// listingPage returns a section front declared a collection page: a list
// of story cards, each a linked title over a one-sentence snippet.
func listingPage() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Gaming News</title>` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage","name":"Gaming News"}</script>` +
		`</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>` +
		`<main><h1>Gaming News</h1><div class="listing">`)
	for i := range 8 {
		fmt.Fprintf(&b, `<div class="card"><a href="/news/%d"><img src="/i/%d.jpg" alt=""></a><div class="card-content">`+
			`<h5><a href="/news/%d">Studio number %d announces a sequel for next spring</a></h5>`+
			`<div class="tags"><a href="/tag/%d">Adventure</a></div>`+
			`<p>The studio shared a first look at the game and a release window.</p>`+
			`<div class="extra"><a href="/author/%d">Jane Doe</a> <span>2 days ago</span></div></div></div>`, i, i, i, i, i, i)
	}
	b.WriteString(`</div><div class="trending"><h2>Trending</h2><ul>`)
	for i := range 12 {
		fmt.Fprintf(&b, `<li><a href="/t/%d">The most played games of the week, number %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></div></main><footer><p>Copyright 2025 Acme. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

func TestListingReadAsCardsKeepsTitles(t *testing.T) {
	a := parsePage(t, listingPage())
	assert.Equal(t, PageTypeListing, a.PageType)
	assert.Contains(t, a.Text, "Studio number 0 announces a sequel")
	assert.Contains(t, a.Text, "Studio number 7 announces a sequel")
	assert.Contains(t, a.Text, "a release window")
}
