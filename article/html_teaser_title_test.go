package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// titledBox returns a box presenting another post whose title is a link
// in a box of class "post-title", not a heading.
func titledBox(n int, title, excerpt string) string {
	k := string(rune('0' + n))
	return `<div class="item item-` + k + `"><div class="post-title"><a href="/posts/` + k + `">` + title +
		`</a></div><div class="when">May 2024</div><div class="summary">` + excerpt + `</div></div>`
}

// threeTeasers returns a list of three boxes made by box, numbered from k.
func threeTeasers(box func(n int, title, excerpt string) string, k int) string {
	return `<div class="grid">` +
		box(k, "Parks get new benches", "The parks department will install two hundred new benches this summer.") +
		box(k+1, "Library hours extended", "The central library will stay open until nine on weekdays from June.") +
		box(k+2, "Bridge works delayed", "Repairs to the old bridge will start in the autumn instead of May.") +
		`</div>`
}

func TestBodyDropsTeasersTitledByClass(t *testing.T) {
	a := parseTeaserPage(t, "", threeTeasers(titledBox, 1))
	assert.NotContains(t, a.Text, "two hundred new benches")
	assert.NotContains(t, a.Text, "Library hours extended")
}
