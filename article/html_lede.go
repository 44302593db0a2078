package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
// punctuation, for comparing texts punctuated differently. It reads s
// once and gives what strings.ToLower, then strings.FieldsFunc cutting
// at what is neither letter nor digit, then strings.Join would give (a
// byte that is not UTF-8 becomes U+FFFD, as strings.ToLower makes it,
// and cuts).
func wordsKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	cut := false
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		i += w
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r < utf8.RuneSelf:
			cut = b.Len() > 0
			continue
		default:
			if r = unicode.ToLower(r); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				cut = b.Len() > 0
				continue
			}
		}
		if cut {
			b.WriteByte(' ')
			cut = false
		}
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
