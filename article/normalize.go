package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// invisible reports whether r is a character that carries nothing in
// extracted text: soft hyphens, zero-width spaces and joiners, byte-order
// marks, and control characters other than tab and newline.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', utf8.RuneError:
		return true
	case '\t', '\n':
		return false
	}
	return r < 0x20 || (r >= 0x7f && r < 0xa0)
}

// CleanText returns s as NFC-normalised UTF-8 without invisible characters
// and with runs of white space collapsed to one space (a no-break space
// stays a no-break space), trimmed at both ends.
func CleanText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	var prev rune
	for i, r := range s {
		if invisible(r) && !(r == '\u200d' && joinsEmoji(prev, s[i+len("\u200d"):])) {
			continue
		}
		if unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		prev = r
	}
	return toNFC(b.String())
}

// joinsEmoji reports whether a zero-width joiner between prev and the
// start of rest glues an emoji sequence (🏳️‍🌈, 👩‍💻), where it must stay.
func joinsEmoji(prev rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	emojiPart := func(r rune) bool { return unicode.Is(unicode.So, r) || r == '\ufe0f' || unicode.Is(unicode.Sk, r) }
	return emojiPart(prev) && unicode.Is(unicode.So, next)
}

// toNFC normalises s to NFC, doing no work when it already is.
func toNFC(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// cutText shortens s to at most max bytes, at a word boundary when one is
// near, never inside a UTF-8 sequence.
func cutText(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut-64 && sp > 0 {
		cut = sp
	}
	return s[:cut]
}
