package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// paragraphPoints returns testPoints as paragraphs, each in the wrapper
// given as an opening and a closing tag.
func paragraphPoints(open, close string) string {
	return open + "<p>" + strings.Join(testPoints, "</p>"+close+open+"<p>") + "</p>" + close
}

func TestKeyPointsAsParagraphs(t *testing.T) {
	cases := []struct {
		name, html, label string
		points            []string
	}{
		{"labelled box of bullet paragraphs", `<div class="block-key-facts"><h2>Key takeaways</h2><p>Here are three things to know:</p>` +
			paragraphPoints(`<div class="bullet">`, `</div>`) + `</div>`, "Key takeaways", testPoints},
		{"too long; didn't read box of one paragraph", `<div class="note"><h4>Too Long; Didn't Read:</h4><p>` + testPoints[0] + `</p></div>`,
			"Too Long; Didn't Read", testPoints[:1]},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseSnippetTop(t, tc.html)
			assertSummary(t, a, tc.label, tc.points)
			assert.NotContains(t, a.Text, tc.points[0], "the points leave the body text")
			assert.NotContains(t, a.Text, "things to know", "nor does their introduction")
		})
	}
}

func TestParagraphBoxesThatAreNotKeyPoints(t *testing.T) {
	cases := []struct{ name, html string }{
		{"box named summary without a label", `<div class="summary-box"><div class="summary-box-headline">Remember!</div><p>` + testPoints[0] + `</p></div>`},
		{"labelled box with a list besides its paragraphs", `<div class="details"><h3>Highlights</h3><ul><li>Handmade</li><li>Ships in a week</li></ul>` +
			paragraphPoints("", "") + paragraphPoints("", "") + `</div>`},
		{"labelled box of too many paragraphs", `<section><h2>Summary</h2>` + paragraphPoints("", "") + paragraphPoints("", "") + paragraphPoints("", "") + `</section>`},
		{"labelled box of links", `<div><h3>In short</h3><p><a href="/a">` + testPoints[0] + `</a></p></div>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Nil(t, parseSnippetTop(t, tc.html).Summary)
		})
	}
}

func TestInlineSummaryQuoteLeavesBody(t *testing.T) {
	page := `<html><body><main><h1>Projet de loi</h1><p><time datetime="2025-12-15">15 déc. 2025</time></p>` +
		`<blockquote><p><strong>TL;DR:</strong> ` + testPoints[0] + `</p></blockquote>` +
		snippetBefore + snippetAfter + `</main></body></html>`
	a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	assertSummary(t, a, "TL;DR", testPoints[:1])
	assert.NotContains(t, a.Text, testPoints[0], "the summary read from a quote leaves the body")
}

func TestKeyInsightsLabel(t *testing.T) {
	a := parseSnippetTop(t, "<h2><strong>Key Insights</strong></h2>"+pointsList(""))
	assertSummary(t, a, "Key Insights", testPoints)
}

// assertSummary checks that a has a summary of the given label and points.
func assertSummary(t *testing.T, a *Article, label string, points []string) {
	t.Helper()
	require.NotNil(t, a.Summary)
	assert.Equal(t, label, a.Summary.Label)
	assert.Equal(t, points, a.Summary.Points)
}
