package article

import (
	"strings"
	"unicode"
)

// An article's template sometimes sets a section's heading and the
// heading of its first part at the same rank ("4. Remote tools", then
// "a. How teams worked before"), or sets a table's or a chart's title as
// a heading right above the next section's. The first heading then has
// no block under it but a heading, yet it is not the label of a pruned
// link list: a link list's label has the list, a run of teasers'
// headings, or nothing after it, not one heading with prose of its own.
// See pairedHeading.

// pairedHeading reports whether the heading at index i of body has words,
// stands alone (no heading right before it) and is followed by one
// heading of its level that has a block other than a heading right under
// it: the two are kept together. cleanBlocks asks it on articles and
// pages of no known type.
func pairedHeading(body []Block, i int) bool {
	if i+2 >= len(body) || strings.IndexFunc(body[i].Text, unicode.IsLetter) < 0 {
		return false
	}
	if i > 0 && body[i-1].Kind == BlockHeading {
		return false
	}
	next, after := body[i+1], body[i+2]
	return next.Kind == BlockHeading && next.Level == body[i].Level && after.Kind != BlockHeading
}
