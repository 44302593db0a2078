package article

import (
	"strings"

	"golang.org/x/net/html"
)

// itemHeadline returns the text of an element marked itemprop=headline as
// boundedText reads it, without the bar boundedText sets at the edge of a
// block: an <h2 itemprop=headline> is itself a block, and its text would
// start with "| ".
func itemHeadline(n *html.Node) string {
	return strings.Trim(boundedText(n, maxTitle), "| ")
}
