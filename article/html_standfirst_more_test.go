package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// moreLede is the standfirst of the pages of TestStandfirstMoreCases.
const moreLede = "The council passed next year's budget on Tuesday night after three hours of tense debate."

// moreBody is the body of the pages of TestStandfirstMoreCases.
const moreBody = `<div class="news-text"><p>The council voted on Tuesday night, after three hours of debate, on the budget for next year and its many lines.</p>` +
	`<p>The majority defended a plan to invest twelve million euros in schools and transport, spread over the next three years.</p>` +
	`<p>The opposition denounced a rise in local taxes, the second one in three years, and voted against the whole plan.</p></div>`

func TestStandfirstMoreCases(t *testing.T) {
	cases := []struct{ name, body string }{
		{"headline in an h3, no h1",
			`<div class="news"><div class="row"><div class="col"><div class="header"><h3>Budget passed</h3></div><div class="footer"><p><time datetime="2024-06-04">4 June 2024</time> ` +
				`<a href="/">Home</a></p></div></div></div><div class="row"><div class="col"><div class="teaser-text"><p>` + moreLede + `</p></div></div></div>` +
				`<div class="row"><div class="col" itemprop="articleBody">` + moreBody + `</div></div></div>`},
		{"headline in an h2 inside a header block, the h1 a menu's label",
			`<nav><h1 class="assistive">Navigation menu</h1><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></nav>` +
				`<article class="entry"><header class="entry__header"><h2 class="entry__title">Budget passed</h2><p class="entry__subtitle">` + moreLede + `</p></header>` + moreBody + `</article>`},
		{"standfirst named as a part of the article header",
			`<article><div class="article-header"><h1>Budget passed</h1><p class="article-header__lead">` + moreLede + `</p></div>` + moreBody + `</article>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Budget passed</title><meta property="og:type" content="article">` +
				`<meta property="article:published_time" content="2024-06-04T08:00:00Z"></head><body>` + tc.body + `</body></html>`
			a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
			require.NoError(t, err)
			assert.Equal(t, moreLede, a.Standfirst)
			assert.True(t, strings.HasPrefix(a.Text, moreLede), a.Text)
			assert.Equal(t, 1, strings.Count(a.Text, moreLede))
		})
	}
}
