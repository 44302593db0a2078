package article

import "golang.org/x/net/html"

// embedWords are class names of the containers that social networks and
// publishing tools give embedded posts.
var embedWords = newFoldWords(
	"embed", "tweet", "twitter", "instagram", "tiktok", "youtube", "bluesky",
	"mastodon", "facebook", "threads", "video", "player",
)

// maxEmbedClass is how much of a class attribute hasEmbedClass reads.
const maxEmbedClass = 96

// hasEmbedClass reports whether n's class names an embed container, in
// its first maxEmbedClass bytes.
func hasEmbedClass(n *html.Node) bool {
	return hasEmbedClassIn(n, nil)
}

// hasEmbedClassIn is hasEmbedClass with the class values read through
// memo.
func hasEmbedClassIn(n *html.Node, memo valueMemo[bool]) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && memo.ofAttr(a.Key, a.Val[:min(len(a.Val), maxEmbedClass)], embedWords.containedIn) {
			return true
		}
	}
	return false
}
