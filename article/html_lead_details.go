package article

import "strings"

// Blog templates also print the post's details on one line, set apart by
// bars or dots: "January 13, 2020 at 08:45 AM | categories: Python |
// View Comments", "On Behalf of Smith & Co | Apr 21, 2017 | Products
// Liability". Each part is short and one is a date with little else; a
// sentence with a bar in it ("Prices rose | see chart") has no part that
// is a date alone. Like the lone lines of html_lead_meta.go, such a line
// is dropped only before the first paragraph of prose.

// detailSeparators set the parts of a details line apart.
var detailSeparators = []string{"|", "·", "•"}

// maxDetailParts is the most parts of a details line.
const maxDetailParts = 5

// maxDateRest is the most bytes a date part holds besides its date.
const maxDateRest = 4

// detailsLine reports whether s is a short line of two to maxDetailParts
// parts set apart by one of detailSeparators, one of them a date.
func detailsLine(s string) bool {
	if len(s) > maxMetaLine {
		return false
	}
	for _, sep := range detailSeparators {
		n := strings.Count(s, sep)
		if n == 0 || n >= maxDetailParts {
			continue
		}
		for part := range strings.SplitSeq(s, sep) {
			if datePart(strings.TrimSpace(part)) {
				return true
			}
		}
	}
	return false
}

// datePart reports whether the part p of a details line is a date with at
// most maxDateRest bytes besides it ("on Apr 21, 2017").
func datePart(p string) bool {
	_, start, end, ok := FindDate(p)
	return ok && len(p)-(end-start) <= maxDateRest
}
