package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsMore checks the bylines read without a byline class: a line
// of names under the headline that the page confirms (a date beside it, a
// job title under it, a portrait before it), account names after "by",
// and the sentences and labels that are not names.
func TestAuthorsMore(t *testing.T) {
	body := `<p>Cities plan their parks for the long run, and their budgets follow the plans they make.</p>`
	cases := []authorCase{
		{"names then the date", ``,
			`<h1>Parks for the long run</h1><p>Ana Lima, Tom Berg</p><p><span>12.03.2024</span> · <span>6 min read</span></p>` + body,
			[]string{"Ana Lima", "Tom Berg"}},
		{"date, dot, then the name", ``,
			`<h1>Parks for the long run</h1><div><span>2024-03-12</span><span>·</span><a title="Ana Lima">Ana Lima</a></div>` + body,
			[]string{"Ana Lima"}},
		{"name then a job title", ``,
			`<h1>Parks for the long run</h1><div><p>Ana Lima</p><p>Tech Writer</p></div>` + body,
			[]string{"Ana Lima"}},
		{"a section name beside the date is no byline", ``,
			`<h1>Parks for the long run</h1><p>Urban Planning</p><p>12.03.2024</p>` +
				`<p>Good urban planning starts with parks and planning never ends.</p>` + body,
			nil},
		{"a title with a common word beside the date is no byline", ``,
			`<h1>Parks for the long run</h1><p>The Weekly Review</p><p>12.03.2024</p>` + body,
			nil},
		{"a tag link beside the date is no byline", ``,
			`<h1>Parks for the long run</h1><p><a href="/category/green-cities/" rel="tag">Green Cities</a></p><p>12.03.2024</p>` + body,
			nil},
		{"account name alone after by", ``,
			`<h1>Parks for the long run</h1><div class="post-date"><p>12/19 — 2025</p><p>by   ibby</p></div>` + body,
			[]string{"ibby"}},
		{"account name in the link after by", ``,
			`<h1>Parks for the long run</h1><p class="post-meta"> by <a href="/members/7">parkfan</a> | Apr 21, 2025</p>` + body,
			[]string{"parkfan"}},
		{"a sentence after by: is no name", ``,
			`<h1>Parks for the long run</h1><p>By: </p><p>These actions help the parks and the budgets of the cities.</p>` + body,
			nil},
		{"a label before the name", ``,
			`<h1>Parks for the long run</h1><div class="post-author"><h4>Insights from</h4><div>Ana Lima</div></div>` + body,
			[]string{"Ana Lima"}},
	}
	checkAuthorCases(t, "https://www.example.org/post", cases)
}

// authorCase is a page, its head and body apart, and the authors read
// from it.
type authorCase struct {
	name, head, body string
	want             []string
}

// checkAuthorCases parses each case's page, fetched from u, and checks
// its authors.
func checkAuthorCases(t *testing.T, u string, cases []authorCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
			a, _ := parseHTMLString(t, page, u)
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}

// TestStartsSentence checks the single capitalised word that starts a
// sentence or a label, which is not a name.
func TestStartsSentence(t *testing.T) {
	assert.True(t, startsSentence("These actions help", "These"))
	assert.True(t, startsSentence("Insights from", "Insights"))
	assert.False(t, startsSentence("Jean de Florette", "Jean"))
	assert.False(t, startsSentence("Ana Lima on behalf of", "Ana Lima"))
	assert.False(t, startsSentence("Madonna", "Madonna"))
}
