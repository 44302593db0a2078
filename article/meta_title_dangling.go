package article

import "strings"

// A page title is sometimes written by a template whose headline field
// was empty: "Acme Rail Enquiries -", "| Council approves new bridge".
// The separator left at either end sets off nothing and is dropped.

// danglingMarks are the title separators (see titleSeparators) dropped
// from the ends of a title; the guillemets, which also open and close a
// quote, are not among them.
var danglingMarks = []string{"|", "-", "—", "–", "::", "·", "•", "//", "/", ":", "~"}

// danglingEnds are the danglingMarks set off by a space, as they end
// (" -") and start ("- ") a title, made once.
var danglingEnds = func() (ends [][2]string) {
	for _, m := range danglingMarks {
		ends = append(ends, [2]string{" " + m, m + " "})
	}
	return ends
}()

// maxDanglingCuts bounds how many separators are dropped from each end.
const maxDanglingCuts = 3

// trimDangling drops the danglingMarks left at the start or the end of
// the title t, each set off by a space from the words.
func trimDangling(t string) string {
	for range maxDanglingCuts {
		cut := t
		for _, e := range danglingEnds {
			cut = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(cut, e[0]), e[1]))
		}
		if cut == t {
			break
		}
		t = cut
	}
	return t
}
