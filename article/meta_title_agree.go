package article

import "strings"

// This file reconciles an <h1> with a metadata title that it writes out
// with more, and a metadata title with another that it writes out with
// the site's name:
//
//   - a year or a count set before the headline ("2025 Software Price
//     Guide" for "Software Price Guide") is part of the headline, not a
//     kicker, as numberedTitle keeps the number a metadata title adds; a
//     date ("Dec 18 2025 A post") is more than one word, and stays a kicker;
//   - a title with the site's name glued on without a separator ("Acme
//     University Online Tuition" beside "Online Tuition | Acme
//     University") yields to the title another source gives alone.

// numberKicker reports whether the <h1> key spaced is the title key ck
// after a single number.
func numberKicker(spaced, ck string) bool {
	head, ok := strings.CutSuffix(spaced, " "+ck)
	return ok && isNumberWord(head)
}

// minBareTitleWords is the fewest words of a title that another source
// may print with the site's name glued on.
const minBareTitleWords = 2

// bareSiteOf returns the title of others that t writes out with the
// site's name glued before or after it; ok is false when there is none.
func (ts *titleSources) bareSiteOf(t string, others []string) (string, bool) {
	k := titleKey(t)
	for _, o := range others {
		ok := titleKey(o)
		if ok == "" || ok == k || strings.Count(ok, " ") < minBareTitleWords-1 {
			continue
		}
		if head, found := strings.CutSuffix(k, " "+ok); found && ts.namesSite(head) {
			return o, true
		}
		if tail, found := strings.CutPrefix(k, ok+" "); found && ts.namesSite(tail) {
			return o, true
		}
	}
	return "", false
}
