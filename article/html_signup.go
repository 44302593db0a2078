package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A newsletter box holds a form that asks for an email address, and a
// few lines around it: the pitch, the fine print. The form itself is
// never read; the box around it is left out whole when its text is short.

// maxSignupBox is the most text, in non-space bytes, of a newsletter box:
// its pitch and a consent notice, which may run to a few sentences.
const maxSignupBox = 700

// signupBox reports whether the element of info in is a short box
// holding an email field, or a phone field (see phoneField).
func signupBox(in *nodeInfo) bool {
	if in.text == 0 || in.text > maxSignupBox {
		return false
	}
	for d := range descendants(in.node) {
		if d.Type == html.ElementNode && d.DataAtom == atom.Input && (emailField(d) || phoneField(d)) {
			return true
		}
	}
	return false
}

// emailField reports whether the input element n asks for an email
// address.
func emailField(n *html.Node) bool {
	return fieldAsks(n, "type", "email", "email", "name", "placeholder", "id")
}

// fieldAsks reports whether the input element n asks for what its hint
// attribute says (hint="value", e.g. type="email"), or one of the
// attributes keys holds word.
func fieldAsks(n *html.Node, hint, value, word string, keys ...string) bool {
	if strings.EqualFold(Attr(n, hint), value) {
		return true
	}
	for _, k := range keys {
		if strings.Contains(strings.ToLower(Attr(n, k)), word) {
			return true
		}
	}
	return false
}
