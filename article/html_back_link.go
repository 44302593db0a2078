package article

import "strings"

// maxBackLinkWords is the most words of a "Back to …" line.
const maxBackLinkWords = 3

// backLink reports whether the line key k is the label of a link back to
// the page's top or section ("back to top", "back to blog"): "back to"
// and one word, no sentence.
func backLink(k string) bool {
	if !strings.Contains(k, "back") {
		return false // most lines, told without splitting them
	}
	f := strings.Fields(k)
	return len(f) == maxBackLinkWords && f[0] == "back" && f[1] == "to" &&
		!strings.ContainsAny(k, ".!?")
}
