package entities

import (
	"unicode"
	"unicode/utf8"
)

// eachShortKey calls f with each short form a name of kind kind (words
// w) allows, lower-cased: its last words for a person, its first words
// for an organisation, its initials for an organisation or another name.
// The forms are built in buf, which f must not keep; buf is returned for
// reuse.
func eachShortKey(kind string, w []string, buf []byte, f func([]byte)) []byte {
	for n := 1; n < len(w) && n <= 4; n++ {
		switch kind {
		case TypePER:
			buf = appendLowerWords(buf[:0], w[len(w)-n:])
			f(buf)
		case TypeORG:
			buf = appendLowerWords(buf[:0], w[:n])
			f(buf)
		}
	}
	if kind == TypeORG || kind == TypeMISC {
		if a := initials(w); len(a) >= 2 {
			buf = appendLower(buf[:0], a)
			f(buf)
		}
	}
	return buf
}

// appendLowerWords appends strings.ToLower(strings.Join(w, " ")) to dst.
func appendLowerWords(dst []byte, w []string) []byte {
	for i, s := range w {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = appendLower(dst, s)
	}
	return dst
}

// appendLower appends strings.ToLower(s) to dst, bytes that are no UTF-8
// written as U+FFFD as it writes them.
func appendLower(dst []byte, s string) []byte {
	dst, rest := appendLowerASCII(dst, s)
	if rest == "" {
		return dst
	}
	return appendLowerRunes(dst, rest)
}

// appendLowerASCII appends the ASCII start of s to dst in lower case,
// copied whole and lower-cased in place, and returns the rest of s, from
// its first other byte.
func appendLowerASCII(dst []byte, s string) ([]byte, string) {
	n := len(dst)
	dst = append(dst, s...)
	for i := n; i < len(dst); i++ {
		switch c := dst[i]; {
		case c >= utf8.RuneSelf:
			return dst[:i], s[i-n:]
		case 'A' <= c && c <= 'Z':
			dst[i] = c + 'a' - 'A'
		}
	}
	return dst, ""
}

// appendLowerRunes is appendLower rune by rune.
func appendLowerRunes(dst []byte, s string) []byte {
	for _, r := range s {
		dst = appendLowerRune(dst, r)
	}
	return dst
}

// appendLowerRune appends unicode.ToLower(r) to dst.
func appendLowerRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(dst, lowerASCII(byte(r)))
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// lowerASCII returns the ASCII character c in lower case.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// inLower reports whether set holds w in lower case: set[strings.ToLower(w)]
// without making the lower-case string.
func inLower(set map[string]bool, w string) bool {
	var buf [32]byte
	return set[string(appendLower(buf[:0], w))]
}

// inLowerWords reports whether set holds the words w joined by spaces, in
// lower case: set[strings.ToLower(strings.Join(w, " "))] without making
// the string.
func inLowerWords(set map[string]bool, w []string) bool {
	var buf [64]byte
	return set[string(appendLowerWords(buf[:0], w))]
}
