package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// termsParas returns n paragraphs of a shop's terms of service, long
// prose that belongs to the page's furniture.
func termsParas(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("<p>Section " + string(rune('A'+i)) + ". These terms of use apply to your access to our online services, our social media pages and our offline services, such as our customer support channels and retail locations, so please read them carefully.</p>")
	}
	return b.String()
}

const productDescription = "A true original, our wool runner combines soft merino wool with cloud-like comfort, a cushioned sole and a fit that stays soft all day."

func TestBodyContainerOutsideFurniture(t *testing.T) {
	cases := []struct{ name, footer string }{
		{"long footer text", `<footer><div class="legal">` + termsParas(8) + `</div></footer>`},
		{"footer with a modal headline", `<footer><div id="modal-terms" aria-modal="true"><h1>Terms of service</h1>` + termsParas(8) + `</div></footer>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><main><h1>Wool Runner</h1><p>` + productDescription + `</p></main>` + tc.footer + `</body></html>`
			a := parsePage(t, page)
			assert.Contains(t, a.Text, "cloud-like comfort")
			assert.NotContains(t, a.Text, "terms of use apply")
		})
	}
}

func TestBodyProductReviews(t *testing.T) {
	review := "I bought these two weeks ago and they are the most comfortable shoes I have owned, I wear them every single day now."
	body := `<h1>Wool Runner</h1><div class="description"><p>` + productDescription + `</p><p>Our responsibly sourced merino wool provides a cozy fit that is soft and itch-free inside, and durable outside, for all-day wear.</p><p>This shoe is machine washable: remove the laces and insoles, use a gentle cycle with cold water, and let it air dry.</p></div>` +
		`<div class="product-reviews"><h2>Customer reviews</h2><p>` + review + `</p></div>`
	product := `<html><head><script type="application/ld+json">{"@type":"Product","name":"Wool Runner"}</script></head><body><main>` + body + `</main></body></html>`
	a := parsePage(t, product)
	assert.Equal(t, PageTypeProduct, a.PageType)
	assert.Contains(t, a.Text, "machine washable")
	assert.NotContains(t, a.Text, "most comfortable shoes")

	article := `<html><body><article><h1>Budget voté</h1>` + bodyParas() + `<div class="review-body"><p>` + review + `</p></div></article></body></html>`
	assert.Contains(t, parsePage(t, article).Text, "most comfortable shoes")
}

func TestBodyDropsCopiedParagraph(t *testing.T) {
	long := "Ask the community: members answer each other's questions about setting up the software, and the maintainers step in when a bug turns up in a release, which they then fix in the next one published for everyone."
	short := "Thanks, that worked for me."
	page := `<html><body><article><h1>Budget voté</h1><div class="preview"><p>` + long + `</p></div>` + bodyParas() +
		`<p>` + short + `</p><div class="post"><p>` + long + `</p></div><p>` + short + `</p></article></body></html>`
	a := parsePage(t, page)
	assert.Equal(t, 1, strings.Count(a.Text, "Ask the community"))
	assert.Equal(t, 2, strings.Count(a.Text, short))

	// A news article that prints a paragraph twice keeps both.
	news := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget voté","datePublished":"2024-03-01"}</script></head>` +
		`<body><article><h1>Budget voté</h1><p>` + long + `</p>` + bodyParas() + `<p>` + long + `</p></article></body></html>`
	a = parsePage(t, news)
	require.Equal(t, PageTypeArticle, a.PageType)
	assert.Equal(t, 2, strings.Count(a.Text, "Ask the community"))
}

func TestBodyReadsClosedTabs(t *testing.T) {
	panel := func(id, hidden, text string) string {
		return `<div role="tabpanel" id="` + id + `"` + hidden + `><p>` + text + `</p></div>`
	}
	page := `<html><body><main><h1>Insurance for drivers</h1><p>Whether you are online or on a trip, the coverage we maintain meets or exceeds what your state requires of you.</p>` +
		`<div role="tablist"><button role="tab">Drivers</button><button role="tab">Riders</button></div>` +
		panel("t1", "", "Drivers should first make sure that everyone involved is safe, then take photos of any damage to the vehicles.") +
		panel("t2", ` hidden=""`, "Riders can report an accident from the help section of their app, where a trained agent answers at any hour.") +
		`<div hidden><p>Your session is about to expire, sign in again to keep your changes to this page and your settings.</p></div>` +
		`</main></body></html>`
	a := parsePage(t, page)
	assert.Contains(t, a.Text, "Riders can report an accident")
	assert.NotContains(t, a.Text, "session is about to expire")
}

// forumThread returns a thread page whose posts end with the extra markup.
func forumThread(extra string) string {
	posts := []string{
		"I have just installed the new version, and at every reboot the message that the server is starting stays on screen for good.",
		"Did you check the log for errors? It usually says which integration keeps the start from finishing, and you can disable it.",
		"Thanks, that was it: an old custom integration blocked the start, and after removing it everything works fine again.",
	}
	var b strings.Builder
	b.WriteString(`<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Stuck at start"}</script></head><body><main><h1>Stuck at start</h1>`)
	for _, p := range posts {
		b.WriteString(`<div class="post"><div class="post-body"><p>` + p + `</p></div>` + extra + `</div>`)
	}
	b.WriteString(`</main></body></html>`)
	return b.String()
}

func TestBodyForumPostChrome(t *testing.T) {
	cases := []struct{ name, extra, dropped string }{
		{"signature", `<div class="signature"><p>Running version 12 on a small board at home, with far too many sensors in every room.</p></div>`, "far too many sensors"},
		{"vote counter", `<p>1,024</p>`, "1,024"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, forumThread(tc.extra))
			assert.Equal(t, PageTypeForum, a.PageType)
			assert.Contains(t, a.Text, "old custom integration")
			assert.NotContains(t, a.Text, tc.dropped)
		})
	}
	article := `<html><body><article><h1>Budget voté</h1>` + bodyParas() + `<p>1,024</p></article></body></html>`
	assert.Contains(t, parsePage(t, article).Text, "1,024")
}

func TestBodyThreadPostsNamedComments(t *testing.T) {
	posts := []string{
		"Hi all, long time reader and new member here: I am building a computer for video editing and would like advice on the parts.",
		"The processor matters most for that kind of work, so spend there first and keep the graphics card you already have for now.",
		"Memory is cheap at the moment, so take sixty-four gigabytes; the editing software will use all of it on long projects.",
		"Thanks, everyone, I ordered the parts you suggested and will report back on the render times once it is all assembled.",
	}
	var b strings.Builder
	for _, p := range posts {
		b.WriteString(`<div class="cPost ipsComment"><div class="ipsComment_content"><p>` + p + `</p></div></div>`)
	}
	thread := `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Editing build"}</script></head><body>` +
		`<main><h1>Editing build</h1><div class="cTopic comments"><form>` + b.String() + `</form></div></main>` +
		`<div class="promo-box"><p>Get our weekly deals on the best parts, hand-picked by the editors, straight to your inbox every Monday.</p></div></body></html>`
	a := parsePage(t, thread)
	for _, p := range posts {
		assert.Contains(t, a.Text, p[:40])
	}

	news := `<html><body><article><h1>Budget voté</h1>` + bodyParas() + `<div class="comments"><p>` + posts[1] + `</p></div></article></body></html>`
	assert.NotContains(t, parsePage(t, news).Text, posts[1][:40])
}
