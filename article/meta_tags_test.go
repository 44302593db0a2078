package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// tagPara is enough body for a page to be read as an article.
var tagPara = `<p>` + strings.Repeat("The council voted on the new cycle lanes after a long debate in the town hall. ", 4) + `</p>`

// TestPageTags checks where tags come from and what is not a tag.
func TestPageTags(t *testing.T) {
	cases := []struct {
		name, head, body string
		want             []string
	}{
		{"rel=tag links under the post, not the tag cloud beside it", ``,
			`<article><h1>Cycle lanes</h1>` + tagPara + `<p class="post-meta">Filed under
			<a href="/category/town/" rel="category tag">Town</a>, tagged
			<a href="/tag/cycling/" rel="tag">Cycling</a> <a href="/tag/roads/" rel="tag">„Roads”</a></p></article>
			<aside><a href="/tag/weather/" rel="tag">Weather</a></aside>`,
			[]string{"Town", "Cycling", "Roads"}},
		{"category links by address in the post header", ``,
			`<article><h1>Cycle lanes</h1><small>categories: <a href="/blog/category/town">Town</a>,
			<a href="/blog/category/roads">Roads</a></small>` + tagPara + `</article>
			<p><a href="/category/news/">See all news</a> <a href="/category/town/bridge-reopens">Bridge reopens</a></p>`,
			[]string{"Town", "Roads"}},
		{"a whole menu of category links is no post's tags", ``,
			`<div class="menu">` + strings.Repeat(`<a href="/category/x/">X</a><a href="/category/y/">Y</a>`, 7) + `</div>
			<article><h1>Cycle lanes</h1>` + tagPara + `</article>`,
			nil},
		{"lists in one value are split", `<meta property="article:section" content="Politik, Inland">
			<meta property="article:tag" content="Radweg,Rathaus &amp;amp; Stadt">`,
			`<h1>Radwege</h1>` + tagPara,
			[]string{"Politik", "Inland", "Radweg", "Rathaus & Stadt"}},
		{"machine values and empty template slots are dropped", `<script type="application/ld+json">
			{"@type":"NewsArticle","headline":"Cycle lanes","keywords":["Lite:true","Tag:Cycling","LockedPostSource:NONE_SET","[name]","Roads"]}</script>`,
			`<h1>Cycle lanes</h1>` + tagPara,
			[]string{"Cycling", "Roads"}},
		{"keywords repeating the description are not tags", `<meta name="description" content="The council voted, at last, on the cycle lanes.">
			<meta name="keywords" content="The council voted, at last, on the cycle lanes.">`,
			`<h1>Cycle lanes</h1>` + tagPara,
			nil},
		{"the title is not a tag", `<meta name="keywords" content="Cycle lanes for the town, cycling">`,
			`<h1>Cycle lanes for the town</h1>` + tagPara,
			[]string{"cycling"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
			a, _ := parseHTMLString(t, page, "https://town.example/2024/lanes")
			assert.Equal(t, tc.want, a.Tags)
		})
	}
}

func TestTagValue(t *testing.T) {
	for in, want := range map[string]string{
		"Python":           "Python",
		"topic:Health":     "Health",
		"Ukraine:Krieg":    "Ukraine:Krieg",
		"Elevated:false":   "",
		"postId:1234":      "",
		"source:feed_main": "",
		"{{tag}}":          "",
		"Crime: a story":   "Crime: a story",
	} {
		assert.Equal(t, want, tagValue(in), in)
	}
}
