package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPlaceholderBlock(t *testing.T) {
	cases := []struct {
		name string
		b    Block
		want bool
	}{
		{"filler paragraph", Block{Kind: BlockParagraph, Text: "Lorem ipsum dolor sit amet, consectetur adipiscing elit."}, true},
		{"filler heading", Block{Kind: BlockHeading, Text: " LOREM IPSUM"}, true},
		{"filler list", Block{Kind: BlockList, Items: []string{"Lorem ipsum 1", "Lorem ipsum 2"}}, true},
		{"list with one real item", Block{Kind: BlockList, Items: []string{"Lorem ipsum 1", "Weight: 2 oz"}}, false},
		{"quoted in a sentence", Block{Kind: BlockParagraph, Text: "Designers fill mock-ups with lorem ipsum text."}, false},
		{"short", Block{Kind: BlockParagraph, Text: "Lorem"}, false},
		{"a sentence about the filler", Block{Kind: BlockParagraph, Text: "Lorem ipsum is the Latin-like text that designers use in mock-ups."}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, placeholderBlock(tc.b))
		})
	}
}

func TestPlaceholderDropped(t *testing.T) {
	filler := "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
	body := `<article><h1>Budget passed</h1>` + strings.Repeat("<p>"+typeProse+"</p>", 6) +
		`<div class="feature"><h2>Coming soon</h2><p>` + filler + `</p><ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul></div></article>`
	a := parseTyped(t, typePage("", body), "")
	assert.Contains(t, a.Text, "The council voted")
	assert.NotContains(t, strings.ToLower(a.Text), "lorem ipsum")
	assert.NotContains(t, a.Text, "Coming soon")
}
