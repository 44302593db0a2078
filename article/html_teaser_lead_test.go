package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBodyCountsStandfirstBeforeCutTeasers(t *testing.T) {
	lede := strings.Join(teaserProse[:5], " ")
	page := `<html><head><title>Budget approved</title><script type="application/ld+json">{"@type":"NewsArticle"}</script>` +
		`<meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body><main><h1>Budget approved</h1>` +
		`<div class="entry"><p class="standfirst">` + lede + `</p><p>` + teaserProse[5] + `</p></div>` +
		`<div class="posts">` + cutTeaser(1) + cutTeaser(2) + cutTeaser(3) + `</div></main></body></html>`
	a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	require.Equal(t, lede, a.Standfirst)
	assert.Contains(t, a.Text, teaserProse[5])
	assert.NotContains(t, a.Text, "Council story 2")
	assert.NotContains(t, a.Text, "Story 3: when the council")
}
