package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestFramedSlug(t *testing.T) {
	cases := []struct {
		id, text string
		want     bool
	}{
		{"nav_schools_and_trans__1", "Schools and transport first", true},
		{"toc-2-schools-and-transport", "Schools and transport first", true},
		{"nav_taxes__1", "Taxes go up again", false},
		{"nav_weather_today__1", "Schools and transport first", false},
	}
	for _, tc := range cases {
		h := &html.Node{Type: html.ElementNode, Data: "h3", DataAtom: atom.H3}
		h.AppendChild(&html.Node{Type: html.TextNode, Data: tc.text})
		assert.Equal(t, tc.want, headingSlug(h, tc.id), tc.id)
	}
}

func TestFramedSlugHeadingKept(t *testing.T) {
	page := `<html><head><title>Budget passed</title></head><body><article><h1>Budget passed</h1>` +
		`<p>The council voted on Tuesday night, after three hours of debate, on the budget for next year and its many lines.</p>` +
		`<h3 class="subheading" id="nav_schools_and_trans__1">Schools and transport first</h3>` +
		`<p>The majority defended a plan to invest twelve million euros in schools and transport, spread over the next three years.</p>` +
		`<p>The opposition denounced a rise in local taxes, the second one in three years, and voted against the whole plan.</p>` +
		`</article></body></html>`
	a := parsePage(t, page)
	assert.Contains(t, a.Text, "Schools and transport first")
	var heads []string
	for _, s := range a.Sections {
		heads = append(heads, s.Heading)
	}
	assert.Contains(t, strings.Join(heads, "|"), "Schools and transport first")
}
