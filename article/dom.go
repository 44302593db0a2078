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
	v := Attr(n, "class")
	if !strings.Contains(v, class) {
		return false // cheap: a class listed is a part of the value
	}
	for c := range strings.FieldsSeq(v) {
		if c == class {
			return true
		}
	}
	return false
}
