package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bulletPrefixes are the marks that start a list item in plain text. The
// em dash is not one: it opens dialogue and tweet signatures.
var bulletPrefixes = []string{"- ", "• ", "– ", "* ", "· ", "▪ ", "► ", "✓ ", "→ "}

// listItem returns the text of line without its bullet or number, and
// whether line is a list item at all ("- a", "• a", "1. a", "2) a").
func listItem(line string) (string, bool) {
	for _, p := range bulletPrefixes {
		if rest, ok := strings.CutPrefix(line, p); ok {
			rest = strings.TrimSpace(rest)
			return rest, rest != ""
		}
	}
	return numberedItem(line)
}

// numberedItem recognises "1. text" and "1) text" with up to two digits.
func numberedItem(line string) (string, bool) {
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i == 0 || i == 3 || i+1 >= len(line) || (line[i] != '.' && line[i] != ')') || line[i+1] != ' ' {
		return "", false
	}
	rest := strings.TrimSpace(line[i+2:])
	return rest, rest != "" && !startsWithDigit(rest)
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// maxHeadingWords is the longest sub-heading, in words, that plain-text
// reading recognises.
const maxHeadingWords = 16

// headingLike reports whether line could be a sub-heading by its own
// shape: short, starting with a capital letter or a digit, and not ending
// like a sentence (a question mark is allowed: "Et maintenant ?").
func headingLike(line string) bool {
	if line == "" || len(line) > 140 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && first != '«' && first != '"' && first != '“' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;:!…", last) {
		return false
	}
	if strings.ContainsRune(")»\"”", last) && strings.Contains(line, ". ") {
		return false
	}
	n := len(strings.Fields(line))
	if n > maxHeadingWords || strings.Contains(line, "://") || strings.Contains(line, "(@") {
		return false
	}
	_, isItem := listItem(line)
	return !isItem
}

// isHeading reports whether lines[i] is a sub-heading in its context: its
// shape says so, it is not the first line, and the next line is a longer
// paragraph.
func isHeading(lines []string, i int) bool {
	if i == 0 || !headingLike(lines[i]) || i+1 < len(lines) && continuesSentence(lines[i], lines[i+1]) {
		return false // a wrapped paragraph's first line, "…, ending a" then "campaign…"
	}
	next := nextNonEmpty(lines, i+1)
	if next < 0 {
		return false
	}
	if _, item := listItem(lines[next]); item {
		return len(strings.Fields(lines[i])) <= 8
	}
	return len(lines[next]) > len(lines[i]) && !headingLike(lines[next])
}

// nextNonEmpty returns the index of the first non-empty line at or after
// i, or -1.
func nextNonEmpty(lines []string, i int) int {
	for ; i < len(lines); i++ {
		if lines[i] != "" {
			return i
		}
	}
	return -1
}
