package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseStoryPage parses a news article page (its metadata says so) whose
// article holds the three paragraphs of bodyArticle with extra inserted
// after the first one.
func parseStoryPage(t *testing.T, extra string) *Article {
	t.Helper()
	page := `<html><head><title>Budget voté</title><meta property="og:type" content="article"></head><body><article><h1>Budget voté</h1><p>` +
		bodyArticle[0] + "</p>" + extra + "<p>" + bodyArticle[1] + "</p><p>" + bodyArticle[2] + "</p></article></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	return a
}

func TestBodyDropsInlineBoxes(t *testing.T) {
	cases := []struct{ name, html, dropped string }{
		{"read also set as a quote", `<blockquote><b>PUEDES VER: </b><a href="/otra">¿Cómo sacar el certificado de estudios en línea?</a></blockquote>`, "certificado"},
		{"labelled teaser card", `<div class="display-card article-card"><img src="/a.jpg" alt=""><span><label>Related</label></span>` +
			`<h5><a href="/other-story">Four tools that save time every morning</a></h5>` +
			`<p>Save time and streamline your day with the help of these small tools.</p></div>`, "streamline"},
		{"newsletter plea between paragraphs", `<p>Love budgets? Our city newsletter has the best stories, delivered right to your inbox. <a href="/nl">Sign up now</a>.</p>`, "inbox"},
		{"caption set outside a figure", `<div class="visual"><img src="/maire.jpg" alt=""><figcaption>Le maire pendant le vote (AFP/Jean Dupont)</figcaption></div>`, "pendant le vote"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertBodyWithout(t, parseStoryPage(t, tc.html), tc.dropped)
		})
	}
}

func TestBodyKeepsInlineLookalikes(t *testing.T) {
	cases := []struct{ name, html, kept string }{
		{"quote of a speaker", `<blockquote>Puedes ver que el presupuesto no alcanza, dijo la alcaldesa.</blockquote>`, "presupuesto no alcanza"},
		{"another's newsletter", `<p>Subscribing to their newsletter often gives access to offers and to news of the shop's products.</p>`, "their newsletter"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Contains(t, parseStoryPage(t, tc.html).Text, tc.kept)
		})
	}
}

func TestBodyTrimsAgencySignoff(t *testing.T) {
	for _, tail := range []string{"aja/PAP", "(dpa)", "mbe/dpa/AFP", "(Con información de AFP y EFE)"} {
		t.Run(tail, func(t *testing.T) {
			page := "<html><body><article><h1>Budget voté</h1><p>" + strings.Join(bodyArticle, "</p><p>") + "</p><p>" +
				tail + "</p></article></body></html>"
			a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
			require.NoError(t, err)
			assert.Contains(t, a.Text, bodyArticle[2])
			assert.NotContains(t, a.Text, tail)
		})
	}
	assert.False(t, agencySignoff("Paris/Lyon"))
	assert.False(t, agencySignoff("Menschen/Tiere/dpa-Bilder"))
}

// commentsPage returns an article page whose comment thread, under the
// article, is longer than the article: each comment is one of
// bodyArticle's sentences said again, n times over.
func commentsPage(n int) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Budget voté</title></head><body><div class="page"><div class="story"><h1>Budget voté</h1><p>` +
		strings.Join(bodyArticle, "</p><p>") + `</p></div></div><div class="page"><div class="comment-thread"><h2>Vos réactions</h2><ul class="thread-body">`)
	for i := range n {
		b.WriteString(`<li><a href="/u">Lecteur</a><p>Franchement, ` + strings.ToLower(bodyArticle[i%len(bodyArticle)]) +
			` Je ne comprends pas cette décision, et je ne suis pas le seul dans le quartier.</p></li>`)
	}
	b.WriteString(`</ul></div></div></body></html>`)
	return b.String()
}

func TestBodyHeadlineOverLongComments(t *testing.T) {
	a := parsePage(t, commentsPage(12))
	for _, p := range bodyArticle {
		assert.Contains(t, a.Text, p)
	}
	assert.NotContains(t, a.Text, "Franchement")
}
