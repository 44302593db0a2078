package article

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Mojibake repair. Some pages are served as valid UTF-8 whose text was
// encoded twice by the site's own software: the UTF-8 bytes of "—"
// (E2 80 94) were read as windows-1252 (or Latin-1) and written out again
// as UTF-8, so the page shows "â€”"; "é" shows as "Ã©", a no-break space
// as "Â ", Cyrillic as "Ð¿Ñ€...". repairMojibake undoes that, run by run,
// and only on pages that show clear signs of it, so that real text is
// never touched.

// mojibakeMinPairs is how many clear mojibake pairs a page must show before
// any of its text is repaired.
const mojibakeMinPairs = 2

// mojibakePasses is how many times a page is repaired at most: text
// encoded twice over ("Ã¢â‚¬â„¢" for "’") needs two passes.
const mojibakePasses = 3

// repairMojibake returns s with its double-encoded runs of text decoded
// back, or s itself (no copy) when it shows fewer than mojibakeMinPairs
// clear mojibake pairs, which is the case of nearly every page.
func repairMojibake(s string) string {
	for range mojibakePasses {
		if countMojibakePairs(s, mojibakeMinPairs) < mojibakeMinPairs {
			return s
		}
		fixed, changed := repairRuns(s)
		if !changed {
			return s
		}
		s = fixed
	}
	return s
}

// countMojibakePairs counts, up to limit, the clear mojibake pairs of s:
// "Ã", "Â", "â", "Ð" or "Ñ" followed by a character that windows-1252
// gives to a UTF-8 continuation byte (0x80 to 0xBF). It is a byte scan
// that jumps from one C3 byte (the lead byte of those five letters) to the
// next.
func countMojibakePairs(s string, limit int) int {
	n := 0
	for i := strings.IndexByte(s, 0xc3); i >= 0 && i+2 < len(s); {
		if mojibakeLead(s[i+1]) && continuationChar(s[i+2:]) {
			if n++; n >= limit {
				return n
			}
		}
		j := strings.IndexByte(s[i+2:], 0xc3)
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return n
}

// mojibakeLead reports whether C3 b is the UTF-8 form of one of the
// letters that start a double-encoded sequence: Â, Ã, Ð, Ñ or â.
func mojibakeLead(b byte) bool {
	switch b {
	case 0x82, 0x83, 0x90, 0x91, 0xa2:
		return true
	}
	return false
}

// continuationChar reports whether s starts with a character that stands
// for a UTF-8 continuation byte read as windows-1252 or Latin-1.
func continuationChar(s string) bool {
	if len(s) >= 2 && s[0] == 0xc2 && s[1] >= 0x80 && s[1] <= 0xbf {
		return true
	}
	if s[0] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	b, ok := win1252Byte(r)
	return ok && b >= 0x80 && b <= 0x9f
}

// repairRuns replaces each maximal run of characters that windows-1252
// maps to single bytes (non-ASCII ones) by the text those bytes spell in
// UTF-8, when they do and that text is plausible; changed says whether
// any run was replaced.
func repairRuns(s string) (string, bool) {
	var out strings.Builder
	done, changed := 0, false
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf { // no run starts at an ASCII byte
			i++
			continue
		}
		end, raw := mappableRun(s, i)
		if end == i {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		if fixed, ok := decodeRun(raw); ok {
			if !changed {
				out.Grow(len(s))
				changed = true
			}
			out.WriteString(s[done:i])
			out.WriteString(fixed)
			done = end
		}
		i = end
	}
	if !changed {
		return s, false
	}
	out.WriteString(s[done:])
	return out.String(), true
}

// mappableRun returns the end of the run of non-ASCII characters starting
// at s[i] that windows-1252 maps to single bytes, and those bytes; end is
// i when s[i] starts no such run.
func mappableRun(s string, i int) (end int, raw []byte) {
	end = i
	for end < len(s) && s[end] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s[end:])
		b, ok := win1252Byte(r)
		if !ok {
			break
		}
		raw = append(raw, b)
		end += n
	}
	return end, raw
}

// decodeRun returns raw read as UTF-8 when it is valid and plausible text.
func decodeRun(raw []byte) (string, bool) {
	if len(raw) < 2 || !utf8.Valid(raw) {
		return "", false
	}
	s := string(raw)
	for _, r := range s {
		if implausibleRepair(r) {
			return "", false
		}
	}
	return s, true
}

// implausibleRepair reports whether r, met in a repaired run, says that
// the run was real text after all: C1 controls, and Latin Extended-B, IPA,
// spacing modifiers and combining marks (U+0180 to U+036F), which a double
// encoding of real text almost never yields but real Latin-1 text read as
// UTF-8 often does ("É\u00a0" would give U+0260).
func implausibleRepair(r rune) bool {
	return (r >= 0x80 && r <= 0x9f) || (r >= 0x180 && r <= 0x36f)
}

// win1252Byte returns the single byte that stands for the non-ASCII r in
// windows-1252, U+0080 to U+009F standing for themselves as in Latin-1
// (the bytes windows-1252 leaves undefined, and pages that used Latin-1).
func win1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xff {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}
