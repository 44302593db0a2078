package article

import (
	"strings"

	"golang.org/x/net/html"
)

// NodeText returns the text of n's subtree as one clean line: scripts,
// styles and other non-text elements left out, white space collapsed,
// NFC-normalised.
func NodeText(n *html.Node) string { return nodeText(n) }

// Attr returns the value of n's attribute key, or "".
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// HasClass reports whether n's class attribute lists class.
func HasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(Attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}
