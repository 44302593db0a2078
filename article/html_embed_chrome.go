package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxEmbedChrome is the longest text, in bytes, of the controls around an
// embed ("Skip video", "Privacy policy").
const maxEmbedChrome = 40

// embedChromeReach is how many element siblings, each way, embedBeside
// looks through for the embed.
const embedChromeReach = 2

// Consent screens and accessible players wrap an embed with controls:
// "Skip video", "Load content", "Privacy policy". Such a control is a
// short text made only of links (buttons are never walked), with an
// embedded post or player among its nearest element siblings; it is not
// article text.

// chromeLink reports whether the link n is an embed's control: a link
// that stands alone, not a few words of a sentence.
func chromeLink(c *Context, n *html.Node) bool {
	if n.DataAtom != atom.A || !blankText(n.PrevSibling) || !blankText(n.NextSibling) {
		return false
	}
	return textAtMost(n, maxEmbedChrome) && embedBeside(c, n)
}

// blankText reports whether n is not a text node, or one of spaces only.
func blankText(n *html.Node) bool {
	return n == nil || n.Type != html.TextNode || onlySpaces(n.Data)
}

// chromeBlock reports whether the block element of in, whose text is all
// links, is an embed's control.
func chromeBlock(c *Context, in *nodeInfo) bool {
	if in == nil || in.text == 0 || in.links < in.text || in.text > maxEmbedChrome || isHeadingElement(in.node) {
		return false
	}
	return embedBeside(c, in.node)
}

// embedBeside reports whether an embed is among the embedChromeReach
// element siblings of n on either side.
func embedBeside(c *Context, n *html.Node) bool {
	return embedAmong(c, n, func(s *html.Node) *html.Node { return s.PrevSibling }) ||
		embedAmong(c, n, func(s *html.Node) *html.Node { return s.NextSibling })
}

// embedAmong reports whether one of the embedChromeReach element siblings
// of n that step walks to is an embed.
func embedAmong(c *Context, n *html.Node, step func(*html.Node) *html.Node) bool {
	seen := 0
	for s := step(n); s != nil && seen < embedChromeReach; s = step(s) {
		if s.Type != html.ElementNode {
			continue
		}
		seen++
		if _, ok := readTweet(c, s); ok {
			return true
		}
		if _, ok := readEmbed(c, s); ok {
			return true
		}
	}
	return false
}
