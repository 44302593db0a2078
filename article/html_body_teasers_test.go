package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// teaserProse is the article of the teaser, figure table and list tests.
var teaserProse = []string{
	"The city council approved the new budget on Tuesday night after a three-hour debate that ran past midnight.",
	"The majority defended a twelve million dollar investment plan, most of it for schools and public transport.",
	"The opposition denounced a rise in local taxes, the second in three years, and voted against the whole plan.",
	"Residents who attended the meeting said they were worried about the cost of the new bus lines and the schools.",
	"The mayor promised a public review of the spending in the spring, before the works on the schools begin.",
	"Two council members abstained, saying the plan had been sent to them too late to be read with care.",
	"The budget will be published on the city website next week, with a summary of each line of spending.",
	"Local business owners welcomed the transport plan but asked for help during the months of road works.",
}

// parseTeaserPage parses an article page holding teaserProse, with before
// inserted after its second paragraph and after at its end.
func parseTeaserPage(t *testing.T, before, after string) *Article {
	t.Helper()
	page := "<html><head><title>Budget approved</title><meta property=og:type content=article></head><body><article><h1>Budget approved</h1><p>" +
		strings.Join(teaserProse[:2], "</p><p>") + "</p>" + before + "<p>" +
		strings.Join(teaserProse[2:], "</p><p>") + "</p>" + after + "</article></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	for _, p := range teaserProse {
		require.Contains(t, a.Text, p)
	}
	return a
}

// teaser returns a box presenting another post: a linked heading and an
// excerpt.
func teaser(n int, title, excerpt string) string {
	return `<div class="card post-` + string(rune('0'+n)) + `"><h3><a href="/posts/` + string(rune('0'+n)) +
		`">` + title + `</a></h3><span class="date">May 2024</span><p>` + excerpt + `</p></div>`
}

func TestBodyDropsTeaserRunAfterArticle(t *testing.T) {
	run := `<div class="grid">` +
		teaser(1, "Parks get new benches", "The parks department will install two hundred new benches this summer.") +
		teaser(2, "Library hours extended", "The central library will stay open until nine on weekdays from June.") +
		teaser(3, "Bridge works delayed", "Repairs to the old bridge will start in the autumn instead of May.") +
		`</div>`
	a := parseTeaserPage(t, "", run)
	assert.NotContains(t, a.Text, "two hundred new benches")
	assert.NotContains(t, a.Text, "Library hours extended")
}

func TestBodyKeepsTwoTeasers(t *testing.T) {
	run := `<div class="grid">` +
		teaser(1, "Parks get new benches", "The parks department will install two hundred new benches this summer.") +
		teaser(2, "Library hours extended", "The central library will stay open until nine on weekdays from June.") +
		`</div>`
	a := parseTeaserPage(t, "", run)
	assert.Contains(t, a.Text, "two hundred new benches")
}

func TestBodyKeepsTableInFigure(t *testing.T) {
	table := `<figure class="wp-block-table"><table><thead><tr><th>Item</th><th>Amount</th></tr></thead>` +
		`<tbody><tr><td>Schools</td><td>7,500,000</td></tr><tr><td>Transport</td><td>4,500,000</td></tr></tbody></table>` +
		`<figcaption>Budget by item</figcaption></figure>`
	a := parseTeaserPage(t, table, "")
	assert.Contains(t, a.Text, "Schools\t7,500,000")
}

func TestBodyIntroducedLinkList(t *testing.T) {
	list := `<ul><li><a href="https://example.com/a">Fluke 117</a></li><li><a href="https://example.com/b">Klein MM400</a></li>` +
		`<li><a href="https://example.com/c">Extech EX330</a></li></ul>`
	cases := []struct {
		name, intro string
		kept        bool
	}{
		{"announced by a colon", `<p>Top expert recommendations:</p>`, true},
		{"pointing to more reading", `<p>If you liked this post you might also like:</p>`, false},
		{"no announcement", ``, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseTeaserPage(t, tc.intro+list, "")
			if tc.kept {
				assert.Contains(t, a.Text, "Klein MM400")
			} else {
				assert.NotContains(t, a.Text, "Klein MM400")
			}
		})
	}
}

func TestBodyKeepsTeasersBeforeArticle(t *testing.T) {
	grid := func(k int) string {
		return `<div class="grid">` +
			teaser(k, "Parks get new benches", "The parks department will install two hundred new benches this summer.") +
			teaser(k+1, "Library hours extended", "The central library will stay open until nine on weekdays from June.") +
			teaser(k+2, "Bridge works delayed", "Repairs to the old bridge will start in the autumn instead of May.") +
			`</div>`
	}
	a := parseTeaserPage(t, grid(1), "") // a run before most of the article
	assert.Contains(t, a.Text, "two hundred new benches")
}

func TestBodyDropsSignupBox(t *testing.T) {
	box := `<div class="box"><p>Get the week's city news in your inbox every Friday morning.</p>` +
		`<form action="/join"><input type="email" name="address"><input type="submit" value="Join"></form>` +
		`<p>You can leave the list at any time with one click.</p></div>`
	a := parseTeaserPage(t, box, "")
	assert.NotContains(t, a.Text, "inbox every Friday")
	assert.NotContains(t, a.Text, "leave the list")
}
