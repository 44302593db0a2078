package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLinkedHeadingWrapperKept(t *testing.T) {
	post := func(slug, title, excerpt string) string {
		return `<div class="post-block"><div class="post-block--title"><h4><a href="/news/` + slug + `">` + title + `</a></h4></div>` +
			`<p>` + excerpt + `</p></div>`
	}
	body := `<main><h1>News</h1>` +
		post("bloat", "Channel bloat may cost you over a thousand dollars a year",
			"Customers pay for hundreds of channels they never watch, and the bill grows every year, a new survey found.") +
		post("awards", "Announcing this year's customer satisfaction award winners",
			"Readers rated their providers on price, reliability and service, and three companies came out on top this year.") +
		post("deals", "December's best internet and TV deals are here",
			"Providers are handing out gift cards and free months to new customers who sign up before the end of the month.") +
		`<div class="more"><a href="/news/page/2">Older posts</a></div></main>`
	a := parseTyped(t, typePage("", body), "")
	for _, want := range []string{"Channel bloat may cost you", "customer satisfaction award winners", "best internet and TV deals"} {
		assert.Contains(t, a.Text, want)
	}
	assert.Contains(t, a.Text, "Customers pay for hundreds")
	assert.NotContains(t, a.Text, "Older posts")
}
