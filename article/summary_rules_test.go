package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLabelOverEachCardIsNotKeyPoints(t *testing.T) {
	card := `<div class="card"><h4>Highlights</h4>` + pointsList("") + `</div>`
	a := parseSnippetTop(t, card+card)
	assert.Nil(t, a.Summary, "a label heading the list of every card is a field of the cards")
	assert.Contains(t, a.Text, testPoints[1])
}

func TestNegativeNameBeforeLayoutModifier(t *testing.T) {
	cases := map[string]bool{
		"main-with-sidebar": false, "has-sidebar": false, "layout no-comments": false,
		"sidebar": true, "sidebar-with-ads": true, "main with-sidebar related": true,
	}
	for name, want := range cases {
		assert.Equal(t, want, negativeName(name), name)
	}
}
