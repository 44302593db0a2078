package article

import (
	"unicode"
	"unicode/utf8"
)

// maxLabelKey is the longest summary label, in bytes, that summaryLabel
// reads; its key is built in a buffer of that size on the stack.
const maxLabelKey = 64

// appendLabelKey appends the label key of s (see labelKey) to b, reading
// s once: each rune in lower case, a curly apostrophe made straight, runs
// of white space made one space, none at the ends, and no colon at the
// end. It gives what strings.ToLower, a strings.Replacer, TrimRightFunc
// and then strings.Fields and strings.Join gave (a byte that is not UTF-8
// becomes U+FFFD, as strings.ToLower makes it).
func appendLabelKey(b []byte, s string) []byte {
	start, space := len(b), false
	for _, r := range toNFC(s) {
		if r < utf8.RuneSelf && 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		} else if r >= utf8.RuneSelf {
			r = unicode.ToLower(r)
		}
		if unicode.IsSpace(r) {
			space = len(b) > start
			continue
		}
		if space {
			b, space = append(b, ' '), false
		}
		if r == '’' {
			r = '\''
		}
		b = utf8.AppendRune(b, r)
	}
	return trimLabelEnd(b, start)
}

// trimLabelEnd cuts the colons and spaces at the end of b after start:
// the key of "Key points :" is "key points".
func trimLabelEnd(b []byte, start int) []byte {
	for len(b) > start && (b[len(b)-1] == ':' || b[len(b)-1] == ' ') {
		b = b[:len(b)-1]
	}
	return b
}
