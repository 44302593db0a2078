package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some templates give the standfirst no class of its own: it is the
// first paragraph of the body, set in bold. Such a paragraph is the
// standfirst when all its text is bold.

// boldLede reports whether all the text of n is inside <b> or <strong>.
func boldLede(n *html.Node) bool {
	var bold, all int
	countBold(n, false, &bold, &all)
	return all > 0 && bold*10 >= all*9
}

// countBold adds the non-space bytes under n to all, and those inside
// bold elements to bold.
func countBold(n *html.Node, inBold bool, bold, all *int) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			k := nonSpaceBytes(ch.Data)
			*all += k
			if inBold {
				*bold += k
			}
		case html.ElementNode:
			if !neverText[ch.DataAtom] && !isHidden(ch) {
				countBold(ch, inBold || ch.DataAtom == atom.B || ch.DataAtom == atom.Strong, bold, all)
			}
		}
	}
}

// holdsTitle reports whether the text of n holds the title, or is part
// of it: n is the headline or a header around it, not a standfirst.
func holdsTitle(n *html.Node, title string) bool {
	if title == "" {
		return false
	}
	t := wordsKey(nodeText(n))
	return t != "" && (strings.Contains(t, title) || strings.Contains(title, t))
}

// wordsKey returns the words of s, lowercased, one space apart, without
// punctuation, for comparing texts punctuated differently.
func wordsKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
