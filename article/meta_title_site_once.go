package article

// This file keeps the headline of a title that names the site twice:
// "acme.example - News - Snow Maps Now on Acme.example" starts with the
// site's name, so its last part, which speaks of the site, is the
// headline and not the site's name a second time.

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
