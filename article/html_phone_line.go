package article

import (
	"strings"
	"unicode"
)

// A page's contact box puts its phone number in a paragraph of its own,
// bare ("(212) 555-0147") or after a few words ("Phone number: 615 555
// 0100", "Get a quote (866) 555-0199"), beside or under the article. A
// story writes its numbers in sentences; on an article, a paragraph that
// is only a phone number is the box's, not the text's. On other pages (a
// shop's, a service's) the number is the page's own content, and kept.

// Bounds of a phone paragraph.
const (
	// maxPhoneLine is the longest paragraph, in bytes, read as a phone
	// number with its label.
	maxPhoneLine = 60
	// maxPhoneLabelWords is the most words before the number.
	maxPhoneLabelWords = 4
	// minPhoneDigits and maxPhoneDigits bound the digits of a number
	// with its area code: a year range ("2019 - 2024") has fewer.
	minPhoneDigits = 9
	maxPhoneDigits = 15
)

// phoneParagraph reports whether b is a paragraph that is only a phone
// number (see phoneLine); cleanBlocks asks it on articles and pages of no
// known type.
func phoneParagraph(b Block) bool {
	return b.Kind == BlockParagraph && len(b.Text) <= maxPhoneLine && phoneLine(b.Text)
}

// phoneLine reports whether s is a phone number after at most a label of
// a few words: minPhoneDigits to maxPhoneDigits digits in at least two
// groups, with only spaces, dashes, dots, slashes, parentheses and a plus
// sign around them.
func phoneLine(s string) bool {
	i := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' || r == '+' || r == '(' })
	if i < 0 || len(strings.Fields(s[:i])) > maxPhoneLabelWords ||
		strings.IndexFunc(s[:i], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsSpace(r) && r != ':' }) >= 0 {
		return false
	}
	digits, groups, inGroup := 0, 0, false
	for _, r := range s[i:] {
		switch {
		case r >= '0' && r <= '9':
			digits++
			if !inGroup {
				groups, inGroup = groups+1, true
			}
		case unicode.IsSpace(r) || strings.ContainsRune("-.()+/", r):
			inGroup = false
		default:
			return false
		}
	}
	return digits >= minPhoneDigits && digits <= maxPhoneDigits && groups >= 2
}
