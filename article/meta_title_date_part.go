package article

import "strings"

// A page title may carry the day of the story as a part of its own
// ("Title | DW | 23.05.2011", "23.01.2022 - Title - Site"): a date is
// never the headline, nor the site's name that would be cut after it.

// maxDatePartWords is the most words of a part of a title that is only a
// date ("23 May 2011").
const maxDatePartWords = 4

// cutDatePart drops from t a first or last part, set off by a title
// separator, that is only a date to the day.
func cutDatePart(t string) string {
	if !strings.ContainsAny(t, "0123456789") {
		return t
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 && isDatePart(t[i+len(sep):]) {
			return strings.TrimSpace(t[:i])
		}
		if i := strings.Index(t, sep); i > 0 && isDatePart(t[:i]) {
			return strings.TrimSpace(t[i+len(sep):])
		}
	}
	return t
}

// isDatePart reports whether s, a part of a title, is only a date to the
// day.
func isDatePart(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(strings.Fields(s)) > maxDatePartWords || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	d, ok := ParseDate(s)
	return ok && d.Precision == PrecisionDay
}
