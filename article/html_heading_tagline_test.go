package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// taglinePage returns an undated service page whose <main> holds an intro,
// then sections of a name heading, a tagline heading of the same level
// and a link; then two questions whose answers are hidden.
func taglinePage() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Our plans</title></head><body><nav><a href="/">Home</a> <a href="/plans">Plans</a></nav><main><div class="intro"><h1>Our plans</h1>` +
		`<p>Pick the plan that fits your home and change it whenever you like, with no fees and no contract to sign at any time of the year.</p></div>`)
	for _, s := range [][2]string{{"Live TV", "Explore channels, packages and add-ons for the whole family."},
		{"Sports packages", "Always know where to watch your favorite teams and leagues."},
		{"Streaming", "All your favorite streaming services in one place with one simple bill."},
		{"Internet", "Fast and reliable internet for every room of your home, day and night."},
		{"Mobile", "Save on your phone bill when you add a line to your home plan today."},
		{"Home security", "Keep an eye on your home from anywhere with cameras and smart alarms."}} {
		b.WriteString(`<div class="box"><h2>` + s[0] + `</h2><h2>` + s[1] + `</h2><p><a href="/x">Shop ` + s[0] + `</a></p></div>`)
	}
	b.WriteString(`<h2>Is there a contract to sign?</h2><div hidden><p>No.</p></div>` +
		`<h2>Can I change my plan at any time of the year?</h2><div hidden><p>Yes.</p></div>` +
		`</main><footer><p>Copyright 2025 Acme. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

func TestBodyHeadingNamesTagline(t *testing.T) {
	a := parsePage(t, taglinePage())
	assert.NotEqual(t, PageTypeArticle, a.PageType)
	for _, s := range []string{"Live TV", "Sports packages", "Streaming", "Always know where to watch"} {
		assert.Contains(t, a.Text, s)
	}
	assert.NotContains(t, a.Text, "Is there a contract to sign?")
}

func TestNamedTagline(t *testing.T) {
	h := func(level int, s string) Block { return Block{Kind: BlockHeading, Level: level, Text: s} }
	p := Block{Kind: BlockParagraph, Text: "Learn more"}
	tagline := h(2, "Always know where to watch your favorite teams.")
	tests := []struct {
		name     string
		b        Block
		rest     []Block
		pageType string
		want     bool
	}{
		{"tagline with a link", h(2, "Sports"), []Block{tagline, p}, "", true},
		{"lower tagline", h(2, "Sports"), []Block{h(3, tagline.Text), p}, PageTypeService, true},
		{"on an article", h(2, "Sports"), []Block{tagline, p}, PageTypeArticle, false},
		{"short next heading", h(2, "Sports"), []Block{h(2, "Live TV"), p}, "", false},
		{"higher next heading", h(3, "Sports"), []Block{h(2, tagline.Text), p}, "", false},
		{"tagline left bare", h(2, "Sports"), []Block{tagline, h(2, "Live TV")}, "", false},
		{"two questions", h(2, "Is it free?"), []Block{h(2, "Can I change my plan at any time?"), p}, "", false},
		{"title case", h(2, "What people say"), []Block{h(2, "San Jose Residential Electrician Services Near You"), p}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namedTagline(tt.b, tt.rest, tt.pageType))
		})
	}
}
