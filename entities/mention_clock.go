package entities

import "strings"

// A time of day written in one word ("01h53", "3.30pm", "2pm") has a
// letter and a capital-free shape the tagger sometimes reads as a place
// or a company, in lists of timed posts or schedules. It is never a name.

// isClockTime reports whether w is a time of day in one word: one or two
// digits, then "h", ":" or "." and two digits, or "am"/"pm" (any case),
// or both: "01h53", "14h05", "3.30pm", "2pm", "11:45AM".
func isClockTime(w string) bool {
	hours := leadingDigits(w)
	if hours < 1 || hours > 2 {
		return false
	}
	rest := w[hours:]
	marked := false
	if len(rest) >= 3 && strings.IndexByte("hH:.", rest[0]) >= 0 && leadingDigits(rest[1:]) == 2 {
		rest, marked = rest[3:], true
	}
	switch strings.ToLower(rest) {
	case "am", "pm":
		return true
	case "":
		return marked && w[hours] != ':' && w[hours] != '.'
	}
	return false
}

// leadingDigits returns how many ASCII digits start s.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// clockOnly reports whether every word of toks with a letter or a digit
// is a time of day.
func clockOnly(toks []Token) bool {
	for _, tk := range toks {
		if hasLetterOrDigit(tk.Text) && !isClockTime(tk.Text) {
			return false
		}
	}
	return true
}
