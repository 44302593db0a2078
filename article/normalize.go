package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// invisible reports whether r is a character that carries nothing in
// extracted text: soft hyphens, zero-width spaces and joiners, byte-order
// marks, the direction marks of right-to-left text (which would hide a
// title's " | " from the code that cuts the site's name), and control
// characters other than tab and newline.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', utf8.RuneError:
		return true
	case '\t', '\n':
		return false
	}
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || r >= '\u061c' && directionMark(r) // one test for accented Latin
}

// directionMark reports whether r is a mark that sets the direction of
// text and shows nothing: the left-to-right and right-to-left marks, the
// Arabic letter mark, the embeddings, overrides and isolates.
func directionMark(r rune) bool {
	return r == '\u200e' || r == '\u200f' || r == '\u061c' || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// CleanText returns s as NFC-normalised UTF-8 without invisible characters
// and with runs of white space collapsed to one space, trimmed at both
// ends. A no-break space alone between two words stays one (French sets
// it before ":" and inside « »), as does a run of no-break spaces only; a
// run that mixes them with other white space is one space, and no-break
// spaces at either end go like any other.
func CleanText(s string) string {
	if nfc, ok := alreadyClean(s); ok {
		if nfc {
			return s
		}
		if norm.NFC.IsNormalString(s) {
			return s
		}
		return norm.NFC.String(s)
	}
	return cleanSlowly(s)
}

// cleanSlowly is CleanText rewriting s: runs of printable ASCII are
// copied whole, other ASCII bytes (spaces, controls) read one by one, the
// rest rune by rune.
func cleanSlowly(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var gap, prev rune // gap: the white space to write before the next character, 0 for none
	for i := 0; i < len(s); {
		if j := printableRun(s, i); j > i { // copied as it stands
			if gap != 0 && b.Len() > 0 {
				b.WriteRune(gap)
			}
			b.WriteString(s[i:j])
			gap, prev, i = 0, rune(s[j-1]), j
			continue
		}
		if c := s[i]; c < utf8.RuneSelf { // a space, a control or DEL
			i++
			if c == ' ' || c == '\t' || c == '\n' {
				gap = ' '
			} // the other controls and DEL are invisible
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if invisible(r) && !(r == '\u200d' && joinsEmoji(prev, s[i:])) {
			continue // a byte that is not UTF-8 too, read as utf8.RuneError
		}
		if isSpace(r) {
			gap = ' '
			continue
		}
		if noBreakSpace(r) {
			if gap == 0 {
				gap = r
			}
			continue
		}
		if gap != 0 && b.Len() > 0 {
			b.WriteRune(gap)
		}
		gap = 0
		b.WriteRune(r)
		prev = r
	}
	return toNFC(b.String())
}

// printableRun returns the end of the run of printable ASCII bytes other
// than the space that starts at s[i], i when there is none.
func printableRun(s string, i int) int {
	j := i
	for j < len(s) && '!' <= s[j] && s[j] <= '~' {
		j++
	}
	return j
}

// isSpace reports whether r is white space that CleanText collapses: any
// but the no-break spaces.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n':
		return true
	}
	return r >= utf8.RuneSelf && unicode.IsSpace(r) && !noBreakSpace(r)
}

// noBreakSpace reports whether r is the no-break space or its narrow
// form, which CleanText keeps between words.
func noBreakSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' }

// alreadyClean reports whether CleanText would leave s as it is but for
// its normalisation to NFC: no invisible character, no white space but
// single spaces (ASCII or no-break) between other characters. ascii says s is all ASCII,
// and so already NFC. Most text nodes and attribute values are clean, and
// this check allocates nothing.
func alreadyClean(s string) (nfc, ok bool) {
	nfc = true
	space := true // a space at the start is not clean
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' && space, c < ' ', c == 0x7f:
				return false, false
			}
			space = c == ' '
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if invisible(r) || isSpace(r) || space && noBreakSpace(r) {
			return false, false
		}
		nfc, space = nfc && nfcStable(r), noBreakSpace(r)
		i += size
	}
	return nfc, !space || s == ""
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
	if nfcByBytes(s) || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// nfcByBytes reports whether s is valid UTF-8 of runes that nfcStable
// passes: such text, most of a page in many scripts, is in NFC already,
// which a look at its runes tells more cheaply than the normaliser's
// tables.
func nfcByBytes(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
			continue
		case 0xc2 <= c && c <= 0xcb && i+1 < len(s) && s[i+1]&0xc0 == 0x80: // U+0080 to U+02FF
			i += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !nfcStable(r) { // an invalid byte reads as U+FFFD, not stable
			return false
		}
		i += w
	}
	return true
}

// nfcStable reports whether r is in NFC on its own and never combines
// with the rune before it, so that a text of such runes is in NFC: the
// runes below U+0300, where the combining marks start (ASCII, the Latin
// letters), Cyrillic but its combining marks, the general punctuation
// (dashes, curly quotes) but the two quads NFC replaces, the CJK symbols
// and kana but their combining marks, the CJK ideographs, the Hangul
// syllables and the full-width forms.
func nfcStable(r rune) bool {
	switch {
	case r < 0x300:
		return true
	case r < 0x2000:
		return 0x400 <= r && r <= 0x482 || 0x488 <= r && r <= 0x52f
	case r < 0x3000:
		return 0x2002 <= r && r <= 0x206f
	case r < 0x4e00:
		return r <= 0x3029 || 0x3030 <= r && r <= 0x3098 || 0x309b <= r && r <= 0x30ff
	}
	return r <= 0x9fff || 0xac00 <= r && r <= 0xd7a3 || 0xff00 <= r && r <= 0xffef
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
