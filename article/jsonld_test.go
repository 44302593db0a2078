package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ldArticleOf(t *testing.T, scripts ...string) ldArticle {
	t.Helper()
	return findLDArticle(readLDGraph(scripts))
}

func TestJSONLDShapes(t *testing.T) {
	for _, tc := range []struct {
		name, script      string
		headline, authors string
	}{
		{"object", `{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"A B"}}`, "H", "A B"},
		{"array", `[{"@type":"WebSite","name":"S"},{"@type":"Article","headline":"H","author":[{"name":"A B"},{"name":"C D"}]}]`, "H", "A B|C D"},
		{"graph with reference", `{"@graph":[{"@type":"Person","@id":"#p","name":"A B"},{"@type":"BlogPosting","headline":"H","author":{"@id":"#p"}}]}`, "H", "A B"},
		{"type list", `{"@type":["ReportageNewsArticle","NewsArticle"],"headline":"H","author":"A B"}`, "H", "A B"},
		{"main entity", `{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"H","author":{"name":"A B"}}}`, "H", "A B"},
		{"article beats page", `[{"@type":"WebPage","name":"P"},{"@type":"NewsArticle","headline":"H"}]`, "H", ""},
		{"raw line break", "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"description\":\"line\nbreak\"}", "H", ""},
		{"trailing comma", `{"@type":"NewsArticle","headline":"H","author":[{"name":"A B"},],}`, "H", "A B"},
		{"comment wrapper", `<!-- {"@type":"NewsArticle","headline":"H"} -->`, "H", ""},
		{"cdata wrapper", "//<![CDATA[\n{\"@type\":\"NewsArticle\",\"headline\":\"H\"}\n//]]>", "H", ""},
		{"two objects", `{"@type":"Organization","name":"S"}{"@type":"NewsArticle","headline":"H"}`, "H", ""},
		{"unclosed", `{"@type":"NewsArticle","headline":"H","author":{"name":"A B"}`, "H", "A B"},
		{"garbage", `not json at all`, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ld := ldArticleOf(t, tc.script)
			assert.Equal(t, tc.headline, ld.mainField("headline"))
			var names []string
			for _, p := range ld.authors() {
				names = append(names, p.name)
			}
			want := []string(nil)
			if tc.authors != "" {
				want = splitBar(tc.authors)
			}
			assert.Equal(t, want, names)
		})
	}
}

func splitBar(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '|' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

func TestJSONLDFields(t *testing.T) {
	ld := ldArticleOf(t, `{"@context":"https://schema.org","@type":"NewsArticle",
		"headline":"H","url":"https://x.example/a",
		"image":{"@type":"ImageObject","url":"https://x.example/i.jpg"},
		"keywords":["a","b"],"articleSection":"S",
		"publisher":{"@type":"Organization","name":"The Site"}}`)
	assert.Equal(t, "https://x.example/a", ld.url())
	assert.Equal(t, "https://x.example/i.jpg", ld.image())
	assert.Equal(t, []string{"S", "a", "b"}, ld.tags())
	assert.Equal(t, "The Site", ld.publisherName())

	ld = ldArticleOf(t, `{"@type":"Article","mainEntityOfPage":{"@id":"https://x.example/b"},"image":["https://x.example/1.jpg","https://x.example/2.jpg"],"keywords":"a, b"}`)
	assert.Equal(t, "https://x.example/b", ld.url())
	assert.Equal(t, "https://x.example/1.jpg", ld.image())
	assert.Equal(t, []string{"a", " b"}, ld.tags())
}

func TestRepairJSON(t *testing.T) {
	got := repairJSON("{\"a\":[1,2,],\"b\":\"x\ny\",}")
	require.Equal(t, `{"a":[1,2],"b":"x y"}`, got)
}
