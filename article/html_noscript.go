package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Script-driven pages (forum software, single-page applications) often
// serve their content to readers without scripts only, inside a
// <noscript> element. The HTML parser keeps the content of <noscript> as
// raw text, so such a page looks empty. When the page's own prose is
// thin, the markup of its largest <noscript> is parsed and read instead,
// if it holds more prose.

// thinProse is the prose, in non-space bytes, under which a page's
// <noscript> content is read.
const thinProse = 1000

// minNoscriptMarkup is the raw length from which a <noscript> may hold
// the page's content rather than a tracking pixel or a warning.
const minNoscriptMarkup = 2000

// noscriptStats returns the stats of the content of the page's largest
// <noscript> (see noscriptContent) when the page's own prose is thin and
// that content has more, else st.
func noscriptStats(c *Context, st *pageStats, limits Limits) *pageStats {
	if len(st.infos) == 0 || st.infos[0].good >= thinProse {
		return st
	}
	body := noscriptContent(c)
	if body == nil {
		return st
	}
	alt := collectStats(body, limits.MaxDepth, st.thread)
	if alt.infos[0].good <= st.infos[0].good {
		return st
	}
	return alt
}

// largestNoscript returns the raw text of the longest <noscript> in the
// page's body.
func largestNoscript(doc *html.Node) string {
	best := ""
	for d := range descendants(doc) {
		if d.Type != html.ElementNode || d.DataAtom != atom.Noscript || d.Parent == nil || d.Parent.DataAtom == atom.Head {
			continue
		}
		if ch := d.FirstChild; ch != nil && ch.Type == html.TextNode && ch.NextSibling == nil && len(ch.Data) > len(best) {
			best = ch.Data
		}
	}
	return best
}

// parseNoscript parses raw markup as the content of a detached <body>,
// or returns nil when it cannot be parsed.
func parseNoscript(raw string) *html.Node {
	body := &html.Node{Type: html.ElementNode, DataAtom: atom.Body, Data: "body"}
	nodes, err := html.ParseFragment(strings.NewReader(raw), body)
	if err != nil {
		return nil
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return body
}
