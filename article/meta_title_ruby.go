package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads a headline set with ruby: the reading a Japanese or
// Chinese page prints over its words (<ruby>子<rt>こ</rt></ruby>) is a help
// to the reader, no part of the headline its metadata gives. So is the
// date a blog theme sets before the heading of a post ("<h2><time>Jun
// 17</time> A post</h2>"): a <time> that opens a heading is no word of
// the headline. One inside or after its words is ("Weekly update for
// <time>May 3</time>").

// maxRubyDepth bounds how deep rubyBaseText reads into a headline.
const maxRubyDepth = 32

// headlineText returns the text of the headline element n, without its
// ruby readings and the date that opens it when it has any; a headline
// that is only a date stays whole.
func headlineText(n *html.Node) string {
	if findFirst(n, atom.Rt) == nil && findFirst(n, atom.Time) == nil {
		return nodeText(n)
	}
	var b strings.Builder
	rubyBaseText(&b, n, 0)
	if t := CleanText(b.String()); t != "" {
		return t
	}
	return nodeText(n)
}

// rubyBaseText writes the text of n's subtree to b as appendText does,
// leaving out the ruby readings (<rt>), their brackets (<rp>) and a date
// (<time>) written before any text.
func rubyBaseText(b *strings.Builder, n *html.Node, depth int) {
	if n.Type == html.ElementNode && (n.DataAtom == atom.Rt || n.DataAtom == atom.Rp ||
		n.DataAtom == atom.Time && strings.TrimSpace(b.String()) == "") || !openNode(b, n) {
		return
	}
	if depth >= maxRubyDepth {
		return
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		rubyBaseText(b, ch, depth+1)
	}
}
