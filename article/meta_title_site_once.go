package article

// This file keeps the headline of a title that names the site twice:
// "acme.example - News - Snow Maps Now on Acme.example" starts with the
// site's name, so its last part, which speaks of the site, is the
// headline and not the site's name a second time. It also tells a first
// part that holds the site's name among other words from a product name
// the <h1> prints, and an og:title that is the site's default
// (its name and tag line) from the page's own title.

// ledBySite reports whether the first part of the title t is the site's
// name, whole.
func (ts *titleSources) ledBySite(t string) bool {
	first, rest := splitFirst(t)
	return rest != "" && ts.namesSite(first)
}

// isSiteEnd reports whether s, the last part of a title after sep, names
// the site (see isSiteSuffix); in a title led by the site's name, it must
// be that name.
func (ts *titleSources) isSiteEnd(s, sep string, led bool) bool {
	if led {
		return ts.namesSite(s)
	}
	return ts.isSiteSuffix(s, sep)
}

// isSiteLead reports whether first, the first part of a title, names the
// site (see isSiteWhole). A part that holds the site's name among other
// words and the words of an <h1> ("Acme Classic T-Shirt - Black" over
// "<h1>Classic T-Shirt</h1>") is the page's own name, not the site's.
func (ts *titleSources) isSiteLead(first string) bool {
	if !ts.isSiteWhole(first) {
		return false
	}
	if ts.namesSite(first) || ts.isInitialism(first) {
		return true
	}
	k := titleKey(first)
	for _, h := range ts.heads {
		if holdsWords(k, h) {
			return false
		}
	}
	return true
}

// maxHeads is how many of the first <h1>s readHeads keeps.
const maxHeads = 8

// readHeads keeps the keys of the first maxHeads <h1>s that do not name
// the site.
func (ts *titleSources) readHeads(h1s []posNode) {
	for _, h := range h1s[:min(len(h1s), maxHeads)] {
		if k := titleKey(headText(h.n)); k != "" && !ts.isSite(k) {
			ts.heads = append(ts.heads, k)
			ts.forgetCleaned()
		}
	}
}

// siteDefault reports whether the metadata title m is the site's default,
// the same on every page: it starts with the site's name ("Acme Daily -
// News from the valley"), and the page's <title>, which does not, gives
// a title that shares no word of minSharedRunes letters or more with it.
func (ts *titleSources) siteDefault(m string) bool {
	if !ts.ledBySite(m) {
		return false
	}
	own := ts.clean(m)
	for _, p := range ts.page {
		if c := ts.clean(p); !ts.ledBySite(p) && c != "" && !ts.isSiteWhole(c) && !sharesWordOf(own, c, minSharedRunes) {
			return true
		}
	}
	return false
}

// minSharedRunes is the fewest letters of a word two titles share to
// speak of the same thing; shorter words are most often "the" or "of".
const minSharedRunes = 4
