package article

import (
	"strings"

	"golang.org/x/net/html"
)

// noscriptContentKey keeps, for one parse, the parsed content of the
// page's largest <noscript>: the metadata reader (addNoscript) and the
// body reader (noscriptStats) both read it, and parsing it again would
// build a second tree of the same markup.
var noscriptContentKey = NewContextKey[*html.Node]("html.noscript-content")

// noscriptContent returns the parsed content of the page's largest
// <noscript>, or nil when it is shorter than minNoscriptMarkup, holds no
// markup or cannot be parsed. A parsed tree is shared by its readers,
// which must not change it. Only a parsed tree is kept: on most pages
// there is none, and keeping nothing costs no allocation.
func noscriptContent(c *Context) *html.Node {
	if body, ok := noscriptContentKey.Get(c); ok {
		return body
	}
	raw := largestNoscript(c.doc)
	if len(raw) < minNoscriptMarkup || !strings.Contains(raw, "<") {
		return nil
	}
	body := parseNoscript(raw)
	if body != nil {
		noscriptContentKey.Set(c, body)
	}
	return body
}
