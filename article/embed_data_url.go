package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxPlaceholderText is the most text, in bytes, a placeholder that keeps
// its post's address in a data attribute holds.
const maxPlaceholderText = 300

// postHolderWords are the class words of a post's placeholder: the
// embed, or the service by name. Words of any media ("video", "player")
// are not enough: teaser cards carry them too.
var postHolderWords = newFoldWords(
	"embed", "tweet", "twitter", "instagram", "tiktok", "youtube", "bluesky",
	"mastodon", "facebook", "threads",
)

// dataPostURL returns the address of a post that a placeholder element
// keeps in a data attribute (data-feed, data-url, data-href...) until a
// script renders it: an element whose class names an embed or a service
// (see postHolderWords), with little text and no embed code of its own
// inside. Only posts and videos count; a known player kept as EmbedOther,
// or a profile, does not.
func dataPostURL(n *html.Node, base string) (Embed, bool) {
	if !postHolderWords.containedIn(Attr(n, "class")) {
		return Embed{}, false
	}
	for _, a := range n.Attr {
		if !strings.HasPrefix(a.Key, "data-") || !strings.HasPrefix(a.Val, "http") && !strings.HasPrefix(a.Val, "//") {
			continue
		}
		if e, ok := embedFromURL(a.Val, base); ok && e.Kind != EmbedOther && barePlaceholder(n) {
			return e, true
		}
	}
	return Embed{}, false
}

// barePlaceholder reports whether n holds little text and no embed code
// (a blockquote or an iframe) that would say more of the post.
func barePlaceholder(n *html.Node) bool {
	return textAtMost(n, maxPlaceholderText) && findFirst(n, atom.Blockquote) == nil && findFirst(n, atom.Iframe) == nil
}
