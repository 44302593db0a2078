package article

import "time"

// This file reads a numeric date of the metadata whose day and month can
// be swapped ("11/01/2023") the way the page prints it: a server writes
// its dates in its own locale, month first or day first, whatever the
// language of the page, and the date line says which it meant.

// swappedOn returns printed when meta, a numeric date with a day and a
// month of 12 or less, falls on the day of printed once its day and month
// are swapped.
func swappedOn(meta, printed Date) (Date, bool) {
	if !numericDayFirst(meta.Raw) {
		return Date{}, false
	}
	y, m, d := meta.Time.Date()
	if d > 12 || int(m) == d {
		return Date{}, false
	}
	py, pm, pd := printed.Time.Date()
	if py != y || pm != time.Month(d) || pd != int(m) {
		return Date{}, false
	}
	return printed, true
}

// numericDayFirst reports whether s opens with a number of one or two
// digits and a separator, as "11/01/2023" and "1.11.2023" do and an ISO
// date does not.
func numericDayFirst(s string) bool {
	n := 0
	for n < len(s) && n < 3 && isDigit(s[n]) {
		n++
	}
	return n >= 1 && n <= 2 && n < len(s) && (s[n] == '/' || s[n] == '.' || s[n] == '-')
}
