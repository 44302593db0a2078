package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// blocksOfKind returns the blocks of a's body that are of kind k.
func blocksOfKind(a *Article, k BlockKind) []Block {
	var bs []Block
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Kind == k {
				bs = append(bs, b)
			}
		}
	}
	return bs
}

func TestNestedListItems(t *testing.T) {
	cases := []struct {
		name, html string
		items      []string
		depths     []int
	}{
		{"sub-list in an item",
			`<ul><li>Pliers<ul><li>Plan to spend: $15</li><li>Buying options:<ul><li>Hardware store</li></ul></li></ul></li><li>Tape</li></ul>`,
			[]string{"Pliers", "Plan to spend: $15", "Buying options:", "Hardware store", "Tape"}, []int{0, 1, 1, 2, 0}},
		{"words after a sub-list",
			`<ul><li>Goals<ul><li>Learn the tools</li></ul>Outcomes at the end:<ul><li>Use the tools</li></ul></li></ul>`,
			[]string{"Goals", "Learn the tools", "Outcomes at the end:", "Use the tools"}, []int{0, 1, 0, 1}},
		{"list straight inside a list",
			`<ul><li><p><strong>Examples</strong>:</p></li><ul><li><p>A salad bar with greens</p></li><li><p>A live cooking station</p></li></ul></ul>`,
			[]string{"Examples:", "A salad bar with greens", "A live cooking station"}, []int{0, 1, 1}},
		{"items wrapped in divs",
			`<ul><div class="spacing"><li>Trip details: ten days</li></div><div class="spacing"><li>Included: baggage handling</li></div></ul>`,
			[]string{"Trip details: ten days", "Included: baggage handling"}, nil},
		{"words straight inside a sub-list",
			`<ul><li>Web apps<ul class="box"><strong>Examples</strong> – Gmail and Trello</ul></li></ul>`,
			[]string{"Web apps", "Examples – Gmail and Trello"}, []int{0, 1}},
		{"flat list",
			`<ol><li>Preheat the oven.</li><li>Bake the bread.</li></ol>`,
			[]string{"Preheat the oven.", "Bake the bread."}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseBodyPage(t, tc.html)
			ls := blocksOfKind(a, BlockList)
			require.Len(t, ls, 1)
			assert.Equal(t, tc.items, ls[0].Items)
			assert.Equal(t, tc.depths, ls[0].Depths)
			for _, it := range tc.items {
				assert.Contains(t, a.Text, "\n"+it+"\n", "each item on a line of its own")
			}
		})
	}
}

func TestNestedListLeavesOutChoices(t *testing.T) {
	a := parseBodyPage(t, `<ul><li>What the report covers</li><ul><li><label><input type="checkbox" name="ch"> Executive summary</label></li></ul></ul>`)
	ls := blocksOfKind(a, BlockList)
	require.Len(t, ls, 1)
	assert.Equal(t, []string{"What the report covers"}, ls[0].Items)
	assert.NotContains(t, a.Text, "Executive summary")
}

func TestListItemParagraphs(t *testing.T) {
	// The items are paragraphs inside list items, in a wrapper that holds
	// more than the list: each weighs as an item, so the wrapper stays.
	a := parseBodyPage(t, `<section class="sect2"><div class="ulist"><ul><li><p><strong>Non-invasive</strong> - works with existing clients</p></li>`+
		`<li><p><strong>Pipeline-aware</strong> - runs in order</p></li></ul></div><div class="ulist"><ul><li><p>Measures the duration</p></li></ul></div></section>`)
	assertBodyWithout(t, a, "never there")
	assert.Contains(t, a.Text, "Non-invasive - works with existing clients\nPipeline-aware - runs in order")
	assert.Contains(t, a.Text, "Measures the duration")
}

func TestWrappedBlocksKept(t *testing.T) {
	cases := []struct{ name, html, kept string }{
		{"code listing in two wrappers", `<div class="listingblock"><div class="content"><pre>go get example.com/logging</pre></div></div>`, "go get example.com/logging"},
		{"lead-in among wrapped paragraphs", `<div class="paragraph"><p>The handler logs every request and response in the raw form of the protocol, which makes mismatched headers easy to see.</p></div><div class="paragraph"><p>The library has three parts:</p></div>`, "The library has three parts:"},
		{"short list in a wrapper", `<div class="ulist"><ul><li><div>Legacy apps</div></li><li><div>Modern apps</div></li></ul></div>`, "Legacy apps\nModern apps"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseBodyPage(t, tc.html)
			assertBodyWithout(t, a, "never there")
			assert.Contains(t, a.Text, tc.kept)
		})
	}
}
