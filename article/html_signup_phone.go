package article

import "golang.org/x/net/html"

// A signup box may ask for a phone number instead of an email address:
// deals or alerts sent by text message. Inside an article, a short box
// around such a field is a pitch as much as a newsletter box is. The
// input type alone does not tell: "tel" also brings up the digit keypad
// for a zip code.

// phoneField reports whether the input element n asks for a phone
// number: its name, placeholder, label or autofill hint says so.
func phoneField(n *html.Node) bool {
	return fieldAsks(n, "autocomplete", "tel", "phone", "name", "placeholder", "aria-label")
}
