package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the names a slash joins: "Ralph Steiner/Carlo Natter".
// A slash otherwise cuts a byline into parts of which only the first
// names the authors ("Jane Doe / Reuters", "Texte : Jane Doe / Photos :
// John Roe"); between two full names, written as names are, it joins them
// as a comma does.

// Bounds of a name beside a slash, in words, and of the slashes read.
const (
	minSlashNameWords = 2
	maxSlashNameWords = 4
	maxSlashes        = 6
)

// joinSlashedNames writes ", " for each slash of s that stands between two
// full names.
func joinSlashedNames(s string) string {
	n := strings.Count(s, "/")
	if n == 0 || n > maxSlashes {
		return s
	}
	pieces := strings.Split(s, "/")
	var b strings.Builder
	b.Grow(len(s) + n)
	for i, p := range pieces {
		if i > 0 {
			if slashName(afterBreak(pieces[i-1])) && slashName(beforeBreak(p)) {
				b.WriteString(", ")
			} else {
				b.WriteByte('/')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// afterBreak returns the text of s after its last byline break or colon.
func afterBreak(s string) string {
	if i := strings.LastIndexFunc(s, isSlashSideBreak); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[i+size:]
	}
	return s
}

// beforeBreak returns the text of s before its first byline break or colon.
func beforeBreak(s string) string {
	if i := strings.IndexFunc(s, isSlashSideBreak); i >= 0 {
		return s[:i]
	}
	return s
}

// isSlashSideBreak reports whether r ends the text read beside a slash: a
// byline break, a comma or a colon.
func isSlashSideBreak(r rune) bool {
	return isBylineBreak(r) || r == ':' || r == ',' || r == ';'
}

// slashName reports whether s is written as a full name: two to four
// words, each capitalised or a name particle ("de", "van"), none with a
// digit.
func slashName(s string) bool {
	words := strings.Fields(s)
	if len(words) < minSlashNameWords || len(words) > maxSlashNameWords {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] || strings.ContainsFunc(w, unicode.IsDigit) {
			return false
		}
	}
	return true
}
