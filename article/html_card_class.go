package article

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The cards of one list share a kind and a class, but templates often
// add words of their own to each card's class: the id of the post or
// product it shows ("post-15859", "product-8812"), its category, its
// place in the row ("first", "last"). Cards are alike when they share the
// first word of their class that holds no digit: the template's name for
// the card ("product", "post", "grid__item").

// cardClass returns the word of n's class that names its kind of card:
// the first one without a digit, else the whole class.
func cardClass(n *html.Node) string {
	class := Attr(n, "class")
	for w := range strings.FieldsFuncSeq(class, htmlSpace) {
		if !strings.ContainsAny(w, "0123456789") {
			return w
		}
	}
	return class
}

// htmlSpace reports whether r is an HTML space character, the ASCII white
// space of nonSpaceByte.
func htmlSpace(r rune) bool { return r < utf8.RuneSelf && nonSpaceByte[r] == 0 }
