package article

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const authorBio = "Jane Doe is a reporter who has covered city hall and local budgets for ten years, after a decade at the regional paper."

func TestBodyDropsAuthorBox(t *testing.T) {
	cases := []struct{ name, box string }{
		{"class with a content word", `<div class="learn-post__author-summary"><img src="/jane.png" alt="Jane Doe"><span>By <strong>Jane Doe</strong></span><span>` + authorBio + `</span></div>`},
		{"author info", `<div class="cs-entry__author-info"><a href="/author/jane">Jane Doe</a><div class="cs-entry__author-description">` + authorBio + `</div></div>`},
		{"microdata", `<div class="plugin-wrap" itemscope itemtype="http://schema.org/Person" itemprop="author"><div class="name"><a href="/author/jane">Jane Doe</a></div><div class="desc"><p>` + authorBio + `</p></div></div>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseTeaserPage(t, "", tc.box)
			assert.NotContains(t, a.Text, "has covered city hall")
		})
	}
}

// cutTeaser returns a teaser whose excerpt is cut in the middle of a
// sentence, as post lists print them.
func cutTeaser(n int) string {
	excerpt := fmt.Sprintf("Story %d: when the council met again on Thursday, members of every group asked the mayor to explain the new spending on roads, "+
		"schools and parks, and the answers they got did not satisfy the residents who came to the meeting, many of whom had waited for hours to speak, and at our firm, we", n)
	return fmt.Sprintf(`<article class="list-post post-%d"><h3><a href="/news/%d">Council story %d</a></h3><div class="excerpt"><p>%s</p></div>`+
		`<a class="more" href="/news/%d">Read More</a></article>`, n, n, n, excerpt, n)
}

// parseNewsPage parses a dated news article made of teaserProse, with
// after at its end.
func parseNewsPage(t *testing.T, after string) *Article {
	t.Helper()
	page := `<html><head><title>Budget approved</title><script type="application/ld+json">{"@type":"NewsArticle"}</script>` +
		`<meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body><main><h1>Budget approved</h1><div class="entry"><p>` +
		strings.Join(teaserProse, "</p><p>") + "</p></div>" + after + "</main></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	require.Contains(t, a.Text, teaserProse[7])
	return a
}

func TestBodyDropsCutTeasersAfterShortArticle(t *testing.T) {
	list := `<h2>Latest News</h2><div class="posts">` + cutTeaser(1) + cutTeaser(2) + cutTeaser(3) + cutTeaser(4) + `</div>`
	a := parseNewsPage(t, list)
	assert.NotContains(t, a.Text, "Story 2: when the council met")
	b := parseNewsPage(t, strings.ReplaceAll(list, "at our firm, we", "at our firm, we listened."))
	assert.Contains(t, b.Text, "Story 2: when the council met", "excerpts that end their sentences are not cut teasers")
}

// profileBox returns one of the alike boxes an article is split in: a
// heading and six paragraphs of prose, then a list of links.
func profileBox(n int) string {
	ps := []string{
		"Mover %d earns praise from most of its customers for careful handling of their belongings, quick work and fair rates.",
		"Many of the reviews of mover %d describe a move without stress, with friendly staff and clear answers to every question.",
		"A few customers of mover %d reported damaged items or charges above the estimate, though such complaints are rare.",
		"Beyond local moves, mover %d offers packing, unpacking and storage, and it moves pianos, art and antiques with care.",
		"Its crews, says mover %d, are trained for a full week before their first job, and they carry their own tools and boxes.",
		"Prices at mover %d start at a few hundred dollars for a small flat, and a deposit is asked for only on long-distance moves.",
	}
	box := fmt.Sprintf(`<div class="mover-profile reviews" id="mover-%d"><h3>Mover number %d</h3>`, n, n)
	for _, p := range ps {
		box += "<p>" + fmt.Sprintf(p, n) + " Our reviewers checked this with the company and with several of its former customers.</p>"
	}
	return box + `</div><ul class="quick-links">` + strings.Repeat(`<li><a href="/get-a-quote">Get a quote from this mover today</a></li>`, 60) + `</ul>`
}

func TestBodyReadsArticleSplitInBoxes(t *testing.T) {
	page := `<html><head><title>Best movers</title><meta property=og:type content=article></head><body><main><article><h1>Best movers</h1>` +
		profileBox(1) + profileBox(2) + profileBox(3) + profileBox(4) + `</article></main></body></html>`
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	for n := 1; n <= 4; n++ {
		assert.Contains(t, a.Text, fmt.Sprintf("Mover %d earns praise", n))
	}
	assert.NotContains(t, a.Text, "Get a quote from this mover")
}

func TestBodyKeepsHeadingWithSlugID(t *testing.T) {
	faq := `<h2 id="faqs">FAQs</h2><h3 class="wp-block-heading" id="h-is-social-shopping-secure-for-making-transactions"><strong>Is social shopping secure for making transactions?</strong></h3>` +
		`<p>Yes, the platforms have built-in security features, including payment encryption and secure checkout pages.</p>` +
		`<h3 id="h-share-related-posts">Other shoppers</h3><p>Many shoppers now buy from the apps they already use every day, the study found.</p>`
	a := parseTeaserPage(t, "", faq)
	assert.Contains(t, a.Text, "Is social shopping secure for making transactions?")
	assert.NotContains(t, a.Text, "Other shoppers", "an id that is not the heading's words is weighed")
}
