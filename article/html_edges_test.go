package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// edgeParagraphs are the body of the English test article of this file.
var edgeParagraphs = []string{
	"The city council approved the new cycling plan on Tuesday evening after a long debate.",
	"The plan adds forty kilometres of protected lanes over the next three years, mostly downtown.",
	"Shop owners on the main street worried about parking, and the council promised a study.",
	"Work on the first lanes starts in the spring, once the winter repairs are finished.",
}

// parseEdgePage parses an article page with a byline meta tag for Jane
// Doe: head goes before the paragraphs of edgeParagraphs, middle after
// the second one, tail after the last one.
func parseEdgePage(t *testing.T, head, middle, tail string) *Article {
	t.Helper()
	page := `<html><head><title>Council approves cycling plan</title><meta name="author" content="Jane Doe"></head>` +
		`<body><article><h1>Council approves cycling plan</h1>` + head +
		"<p>" + strings.Join(edgeParagraphs[:2], "</p><p>") + "</p>" + middle +
		"<p>" + strings.Join(edgeParagraphs[2:], "</p><p>") + "</p>" + tail + "</article></body></html>"
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	for _, p := range edgeParagraphs {
		require.Contains(t, a.Text, p)
	}
	return a
}

// assertGoneKept checks that a's text lacks gone and holds kept; an
// empty string checks nothing.
func assertGoneKept(t *testing.T, a *Article, gone, kept string) {
	t.Helper()
	if gone != "" {
		assert.NotContains(t, a.Text, gone)
	}
	if kept != "" {
		assert.Contains(t, a.Text, kept)
	}
}

// edgeCase is a part of a test page and a text it must drop (gone) or
// keep (kept); either may be empty.
type edgeCase struct{ name, part, gone, kept string }

// edgeAt is where a case's part goes in a test page.
type edgeAt int

const (
	atHead edgeAt = iota
	inMiddle
	atTail
)

// checkEdges parses each case with its part placed at, and checks what is
// gone and kept; when a case drops something, each text of also must be
// gone too.
func checkEdges(t *testing.T, at edgeAt, cases []edgeCase, also ...string) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var parts [3]string
			parts[at] = tc.part
			a := parseEdgePage(t, parts[atHead], parts[inMiddle], parts[atTail])
			assertGoneKept(t, a, tc.gone, tc.kept)
			for _, s := range also {
				if tc.gone != "" {
					assert.NotContains(t, a.Text, s)
				}
			}
		})
	}
}

func TestAuthorNoteAtTheEnd(t *testing.T) {
	const note = "Jane Doe is a reporter who covers transport and city hall for the paper."
	cases := []edgeCase{
		{"note", "<p>" + note + "</p>", "covers transport", ""},
		{"note under a heading, links after", "<h3>About the author</h3><p>" + note + "</p><p>Twitter</p>", "covers transport", ""},
		{"someone else", "<p>John Roe is a cyclist who rides to work every day of the year.</p>", "", "John Roe is a cyclist"},
		{"name then no verb", "<p>Jane Doe and her colleagues will follow the works next spring.</p>", "", "will follow the works"},
	}
	checkEdges(t, atTail, cases, "About the author")
}

func TestLeadDetailsLeftOut(t *testing.T) {
	cases := []edgeCase{
		{"name date reading time", `<ul><li>Jane Doe</li><li>Jun 9</li><li>5 min read</li></ul>`, "5 min read", ""},
		{"date alone", `<ul><li>August 19, 2025</li></ul>`, "August 19", ""},
		{"label and age", `<ul><li>Kalyn Keen</li><li>2 days ago</li></ul><p>Updated:</p>`, "Kalyn", ""},
		{"author name line", `<p>Jane Doe</p>`, "Jane Doe", ""},
		{"list of names kept", `<ul><li>Anna Berg</li><li>Tom Lee</li></ul>`, "", "Anna Berg"},
		{"list of facts kept", `<ul><li>Jun 9: vote</li><li>Forty kilometres of lanes</li></ul>`, "", "Forty kilometres"},
	}
	checkEdges(t, atHead, cases)
}

func TestBackLinksLeftOut(t *testing.T) {
	a := parseEdgePage(t, "", "<p>Back to top</p>", "<p>Back to school traffic is heavy, the council said.</p><p>Back to Blog</p>")
	assert.NotContains(t, a.Text, "Back to top")
	assert.NotContains(t, a.Text, "Back to Blog")
	assert.Contains(t, a.Text, "Back to school traffic")
}

func TestHeadingSlugIsNoVocabulary(t *testing.T) {
	a := parseEdgePage(t, "", `<h3 id="social-benefits"><a href="#social-benefits">Social Benefits</a></h3>`, "")
	assert.Contains(t, a.Text, "Social Benefits")
	b := parseEdgePage(t, "", `<h3 id="toc-3-share-of-riders">Share of riders</h3>`, "")
	assert.Contains(t, b.Text, "Share of riders")
}

func TestSlugHeadingClassIsNoBoilerplate(t *testing.T) {
	a := parseEdgePage(t, "", `<h3 id="get-started-with-maps" class="hide-from-toc no-link">Get started with maps</h3>`, "")
	assert.Contains(t, a.Text, "Get started with maps")
	b := parseEdgePage(t, "", `<h2 class="anchor anchorTargetHideOnScrollNavbar_qJOx" id="design-principles">Design principles</h2>`, "")
	assert.Contains(t, b.Text, "Design principles")
	c := parseEdgePage(t, "", `<h3 id="more" class="hide-from-toc">Get started with maps</h3>`, "")
	assert.NotContains(t, c.Text, "Get started with maps")
}

func TestSectionSlugIsNoVocabulary(t *testing.T) {
	section := `<section id="cookies"><h2>Cookies</h2><p>To read the cookies a request sent, use its cookies attribute, a dictionary of names and values.</p></section>` +
		`<div id="header-ordering"><h3>Header ordering</h3><p>Pass an ordered dictionary to keep the headers in the order you gave them.</p></div>`
	a := parseEdgePage(t, "", section, "")
	assert.Contains(t, a.Text, "cookies attribute")
	assert.Contains(t, a.Text, "ordered dictionary")
	b := parseEdgePage(t, "", `<div id="cookie-banner"><h3>Cookies</h3><p>We use cookies to measure how this site is used by readers.</p></div>`, "")
	assert.NotContains(t, b.Text, "measure how this site")
}

func TestLeadDetailsLineLeftOut(t *testing.T) {
	cases := []edgeCase{
		{"date first", `<p>January 13, 2020 at 08:45 AM | categories: Transport, Council | View Comments</p>`, "View Comments", ""},
		{"date between", `<p>On Behalf of Doe &amp; Partners | Apr 21, 2017 | Local News</p>`, "Doe & Partners", ""},
		{"dots", `<p>Metro desk · 9 June 2021 · City hall and transport</p>`, "City hall", ""},
		{"no date part kept", `<p>Lanes: 40 km | Cost: 12 million | Start: spring 2026</p>`, "", "Cost: 12 million"},
	}
	checkEdges(t, atHead, cases)
}
