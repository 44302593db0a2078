package article

import "golang.org/x/net/html"

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
	for i := 0; i < len(class); {
		for i < len(class) && asciiSpace(class[i]) {
			i++
		}
		j, digit := i, false
		for j < len(class) && !asciiSpace(class[j]) {
			digit = digit || '0' <= class[j] && class[j] <= '9'
			j++
		}
		if j > i && !digit {
			return class[i:j]
		}
		i = j
	}
	return class
}

// asciiSpace reports whether b is an HTML space character.
func asciiSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}
