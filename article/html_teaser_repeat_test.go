package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBodyDropsSecondListOfSameTeasers(t *testing.T) {
	second := `<div class="grid">` +
		teaser(4, "Market moves to the square", "The Saturday market will be held on the main square from next month.") +
		teaser(5, "Pool reopens", "The public pool reopens after a year of works on its roof and its heating.") +
		`</div>`
	a := parseTeaserPage(t, "", threeTeasers(teaser, 1)+second)
	assert.NotContains(t, a.Text, "two hundred new benches")
	assert.NotContains(t, a.Text, "Saturday market")
	assert.NotContains(t, a.Text, "Pool reopens")
}
