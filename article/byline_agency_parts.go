package article

import "strings"

// This file keeps the news agency that a byline sets apart with a bar or
// a slash ("Por María López | EFE", "Av Erik Svensson/TT"): the reader
// takes the names from the part that starts with the byline word, and the
// agency from a part of its own.

// maxAgencyParts is the most parts of a byline line looked at for an
// agency.
const maxAgencyParts = 6

// withAgencyParts adds to as the agencies that stand alone in a part of
// the byline line s other than seg, the part the names were read from.
func withAgencyParts(as []Author, s, seg string) []Author {
	if len(as) == 0 || strings.IndexFunc(s, isBylineBreak) < 0 {
		return as // one part: the names
	}
	seen := 0
	for part := range strings.FieldsFuncSeq(s, isBylineBreak) {
		if seen++; seen > maxAgencyParts {
			break
		}
		part = strings.Trim(part, " ,;:.-()\u00a0")
		if part == "" || strings.Contains(seg, part) || !isAgency(part) || containsAuthor(as, part) {
			continue
		}
		as = append(as, Author{Name: part})
	}
	return as
}
