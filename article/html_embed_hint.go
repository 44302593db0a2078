package article

import "golang.org/x/net/html"

// embedWords are class names of the containers that social networks and
// publishing tools give embedded posts.
var embedWords = byteWords(
	"embed", "tweet", "twitter", "instagram", "tiktok", "youtube", "bluesky",
	"mastodon", "facebook", "threads", "video", "player",
)

// hasEmbedClass reports whether n's class names an embed container.
func hasEmbedClass(n *html.Node) bool {
	var buf [96]byte
	for _, a := range n.Attr {
		if a.Key != "class" || a.Val == "" {
			continue
		}
		v := lowerInto(buf[:0], a.Val)
		if containsAny(v, embedWords) {
			return true
		}
	}
	return false
}
