package article

import "strings"

// This file drops the short label a page prints after its headline and a
// dash ("Gym Workouts for Beginners — Strength Training", "Shop Furniture
// Online - Modern & Affordable Options"): a section, a tag line or a
// variant, which the headline proper leaves out.

// dashSeparators set a label off the end of a headline.
var dashSeparators = []string{" - ", " – ", " — "}

// lastSeparator returns the index and the separator of the last of seps
// in t, -1 when there is none.
func lastSeparator(t string, seps []string) (int, string) {
	at, sep := -1, ""
	for _, s := range seps {
		if i := strings.LastIndex(t, s); i > at {
			at, sep = i, s
		}
	}
	return at, sep
}

// firstSeparator returns the index and the separator of the first of
// seps in t, -1 when there is none.
func firstSeparator(t string, seps []string) (int, string) {
	at, sep := -1, ""
	for _, s := range seps {
		if i := strings.Index(t, s); i >= 0 && (at < 0 || i < at) {
			at, sep = i, s
		}
	}
	return at, sep
}

// cutDashLabel drops the part after the last dash of a headline when it
// is a label of at most maxLabelWords words after a headline of at least
// three; a news story's headline, written with care, keeps its dashes
// ("Rates hold – for now"), and so does a part that goes on the
// headline's sentence (see sentenceTail).
func (ts *titleSources) cutDashLabel(t string) string {
	if ts.news {
		return t
	}
	i, sep := lastSeparator(t, dashSeparators)
	if i > 0 && sentenceTail(t[i+len(sep):]) {
		return t
	}
	return cutLabelAt(t, i, len(sep), minDashHeadWords, 1)
}

// minDashHeadWords is the fewest words of a headline that a dash label
// follows.
const minDashHeadWords = 3
