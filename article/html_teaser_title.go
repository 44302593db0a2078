package article

import (
	"strings"

	"golang.org/x/net/html"
)

// Many templates set a teaser's title in a box named for it, <div
// class="title"><a href=...>, rather than in a heading: the box is the
// teaser's heading all the same. Template class words are English in
// every language ("title", "headline", "heading").

// titleClassWords are the class words that name a title box.
var titleClassWords = []string{"title", "headline", "heading"}

// titleClass reports whether d's class holds one of titleClassWords, in
// any case ("entry-title", "cardHeadline"). The class is read once: the
// words are compared only where a "t" or an "h" stands.
func titleClass(d *html.Node) bool {
	class := Attr(d, "class")
	for i := 0; i < len(class); i++ {
		if c := class[i] | 0x20; c != 't' && c != 'h' {
			continue
		}
		for _, w := range titleClassWords {
			if len(class)-i >= len(w) && strings.EqualFold(class[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}
