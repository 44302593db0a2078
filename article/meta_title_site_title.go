package article

import "strings"

// This file drops a site name that is the page's title: some sites fill
// application-name or og:site_name with the title of each page
// ("Acme Desk: Help desk software | Acme"). Taken for the site's name, it
// would make every part of the title a part of the site's name, and the
// headline would be cut down to a word. A title that a separator divides
// is a page's title, not a name, so such a site name is left out when the
// page's og:title, twitter:title, JSON-LD headline or <title> gives it.

// dropTitleSites removes from the site's names those that are, whole,
// one of the page's titles holding a separator.
func (ts *titleSources) dropTitleSites() {
	kept, names := ts.sites[:0], ts.names
	for i, s := range ts.sites {
		if i < ts.names && ts.isTitle(s) {
			names--
			continue
		}
		kept = append(kept, s)
	}
	ts.sites, ts.names = kept, names
	ts.forgetCleaned()
}

// minTitleSiteWords is the fewest words of a site name that may be a
// page's title divided by a separator.
const minTitleSiteWords = 3

// isTitle reports whether the site name key s, of minTitleSiteWords words
// or more, is the key of one of the page's titles that holds a separator.
func (ts *titleSources) isTitle(s string) bool {
	if strings.Count(s, " ") < minTitleSiteWords-1 {
		return false
	}
	for _, group := range [][]string{ts.ld, ts.og, ts.twitter, ts.other, ts.page} {
		for _, t := range group {
			if hasTitleSeparator(t) && titleKey(t) == s {
				return true
			}
		}
	}
	return false
}
