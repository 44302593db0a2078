package article

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// typeProse is a paragraph of article prose, repeated to make a body.
const typeProse = "The council voted on Tuesday evening, after three hours of debate, for next year's budget, which funds schools and transport. "

// ldScript wraps a JSON-LD object in its script element.
func ldScript(json string) string {
	return `<script type="application/ld+json">` + json + `</script>`
}

// typePage builds a page with head, the given body, and a title.
func typePage(head, body string) string {
	return "<html><head><title>Page</title>" + head + "</head><body>" + body + "</body></html>"
}

// proseBody is an article body of twelve paragraphs.
func proseBody() string {
	return "<article><h1>Budget passed</h1>" + strings.Repeat("<p>"+typeProse+"</p>", 12) + "</article>"
}

// linkCards is a listing of n cards whose titles and snippets are links.
func linkCards(n int) string {
	var b strings.Builder
	b.WriteString("<main><h1>Latest news</h1><div class=\"list\">")
	for i := range n {
		fmt.Fprintf(&b, `<div class="card"><h2><a href="/s%d">Story number %d about the city budget</a></h2>`+
			`<p><a href="/s%d">The snippet of story %d tells what the council decided this week</a></p></div>`, i, i, i, i)
	}
	b.WriteString("</div></main>")
	return b.String()
}

// priceCards is a shop grid of n products with prices.
func priceCards(n int) string {
	var b strings.Builder
	b.WriteString("<main><h1>Running shoes</h1><ul class=\"grid\">")
	for i := range n {
		fmt.Fprintf(&b, `<li class="product-card"><a href="/p%d">Trail runner model %d, light and waterproof</a>`+
			`<div class="price">$%d.99</div></li>`, i, i, 50+i)
	}
	b.WriteString("</ul></main>")
	return b.String()
}

func parseTyped(t *testing.T, page, url string) *Article {
	t.Helper()
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{URL: url})
	require.NoError(t, err)
	return a
}

func TestPageType(t *testing.T) {
	cases := []struct{ name, head, body, url, want string }{
		{"news article", ldScript(`{"@type":"NewsArticle","headline":"Budget passed"}`), proseBody(), "", PageTypeArticle},
		{"blog posting in a graph", ldScript(`{"@graph":[{"@type":"WebSite"},{"@type":["BlogPosting"]}]}`), proseBody(), "", PageTypeArticle},
		{"product", ldScript(`{"@type":"https://schema.org/Product","name":"Trail runner"}`), proseBody(), "", PageTypeProduct},
		{"question page", ldScript(`{"@type":"QAPage","mainEntity":{"@type":"Question"}}`), proseBody(), "", PageTypeForum},
		{"forum posting beats web page", ldScript(`[{"@type":"WebPage"},{"@type":"DiscussionForumPosting"}]`), proseBody(), "", PageTypeForum},
		{"tech article", ldScript(`{"@type":"TechArticle"}`), proseBody(), "", PageTypeDocumentation},
		{"og product", `<meta property="og:type" content="product">`, proseBody(), "", PageTypeProduct},
		{"og product group", `<meta property="og:type" content="product.group">`, proseBody(), "", PageTypeCollection},
		{"og article", `<meta property="og:type" content="article">`, "<p>Short.</p>", "", PageTypeArticle},
		{"prose", "", proseBody(), "", PageTypeArticle},
		{"cards of links", "", linkCards(10), "", PageTypeListing},
		{"og article on cards", `<meta property="og:type" content="article">`, linkCards(10), "", PageTypeListing},
		{"grid with prices", "", priceCards(24), "", PageTypeCollection},
		{"buy button", "", `<main><h1>Trail runner</h1><p>Light and waterproof, for long runs.</p><button class="add-to-cart">Add</button></main>`, "", PageTypeProduct},
		{"documentation path", "", proseBody(), "https://example.com/docs/install", PageTypeDocumentation},
		{"nothing tells", "", "<div>Welcome</div>", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseTyped(t, typePage(tc.head, tc.body), tc.url)
			assert.Equal(t, tc.want, a.PageType)
		})
	}
}

func TestScanLDTypes(t *testing.T) {
	cases := []struct {
		name, json string
		want       []string
	}{
		{"one", `{"@type": "NewsArticle"}`, []string{"NewsArticle"}},
		{"list", `{"@type":["Product", "schema:IndividualProduct"]}`, []string{"Product", "IndividualProduct"}},
		{"url", `{"@type":"http://schema.org/QAPage"}`, []string{"QAPage"}},
		{"nested", `{"@type":"WebPage","mainEntity":{"@type":"ItemList"}}`, []string{"WebPage", "ItemList"}},
		{"not a string", `{"@type":{"x":1}}`, nil},
		{"broken", `{"@type":"Prod`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, scanLDTypes(tc.json, nil))
		})
	}
}

func TestMainContentOfListing(t *testing.T) {
	a := parseTyped(t, typePage("", `<nav><a href="/">Home</a></nav>`+linkCards(10)+`<footer><p>© The Paper</p></footer>`), "")
	for i := range 10 {
		assert.Contains(t, a.Text, fmt.Sprintf("Story number %d about the city budget", i))
		assert.Contains(t, a.Text, fmt.Sprintf("The snippet of story %d tells", i))
	}
	assert.NotContains(t, a.Text, "The Paper")
}

func TestMainContentOfDocumentation(t *testing.T) {
	body := "<article><h1>Install</h1>" + strings.Repeat("<p>"+typeProse+"</p>", 3) +
		`<div class="note">Requires version 2</div><pre>make install</pre></article>`
	doc := parseTyped(t, typePage(ldScript(`{"@type":"TechArticle"}`), body), "")
	assert.Contains(t, doc.Text, "Requires version 2")
	news := parseTyped(t, typePage(ldScript(`{"@type":"NewsArticle"}`), body), "")
	assert.NotContains(t, news.Text, "Requires version 2")
}

func TestPageTypeJSON(t *testing.T) {
	b, err := json.Marshal(Article{PageType: PageTypeForum})
	require.NoError(t, err)
	assert.JSONEq(t, `{"page_type":"forum"}`, string(b))
}

func TestTestimonialOnServicePage(t *testing.T) {
	body := "<main><h1>Our classes</h1>" + strings.Repeat("<p>"+typeProse+"</p>", 3) +
		`<figure><blockquote><p>The best teacher in town, every class is a joy.</p></blockquote><figcaption>— Ann B.</figcaption></figure></main>`
	a := parseTyped(t, typePage(ldScript(`{"@type":"Service"}`), body), "")
	assert.Equal(t, PageTypeService, a.PageType)
	assert.Contains(t, a.Text, "The best teacher in town")
	news := parseTyped(t, typePage(ldScript(`{"@type":"NewsArticle"}`), body), "")
	assert.NotContains(t, news.Text, "The best teacher in town")
}

func TestMainOfUndatedPageReadWhole(t *testing.T) {
	hero := `<section class="hero-banner"><p>Data is the lifeblood of the digital era, and its volume keeps growing, year after year, in every trade.</p>` +
		`<p>Our teams help companies manage that data, break down the silos between departments, and turn it into decisions.</p></section>`
	cards := `<div class="cards">` + strings.Repeat(`<div class="card"><a href="/s">Strategy</a><span>From the first audit to the roadmap</span></div>`, 8) + `</div>`
	faq := `<section class="faq"><h2>Questions</h2>` + strings.Repeat("<p>"+typeProse+"</p>", 2) + `</section>`
	body := `<main><h1>Data services</h1>` + hero + cards + faq + `</main>`
	a := parseTyped(t, typePage("", body), "")
	assert.Contains(t, a.Text, "The council voted")
	assert.Contains(t, a.Text, "Data is the lifeblood")
	dated := parseTyped(t, typePage(`<meta property="article:published_time" content="2024-03-01T10:00:00Z">`, body), "")
	assert.NotContains(t, dated.Text, "Data is the lifeblood")
}

func TestShortPostAboveLongComments(t *testing.T) {
	comment := `<li class="comment"><p>Reader on 12 September said: thanks for the update, but what about the follow-up study and its sample size, which the post does not discuss at all?</p></li>`
	quoted := `<li class="comment"><blockquote><p>what about the follow-up study</p></blockquote><p>It is planned for next year.</p></li>`
	body := `<main><article><h1>Open thread</h1><div class="entry-content"><p>` + typeProse + `</p><p>` + typeProse + `</p></div></article>` +
		`<div id="comments" class="comments-area"><ol class="comment-list">` + strings.Repeat(comment, 40) + quoted + `</ol></div></main>`
	a := parseTyped(t, typePage(`<meta property="og:type" content="article">`, body), "")
	assert.Contains(t, a.Text, "The council voted")
	assert.NotContains(t, a.Text, "Reader on 12 September")
}
