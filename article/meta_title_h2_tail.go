package article

import "strings"

// A page title may lead to its headline through the site and a section
// ("Acme - Outdoor News - Snow Maps in Higher Resolution") with no name
// that tells the site's part from the section's; when one of the first
// <h2>s prints the last part word for word, that part is the headline,
// the rest the way to it. A part after a colon is not such a headline:
// "Apple iPhone 15: Everything You Need to Know" is one headline, its
// topic and what it says of it.

// tailHeadingTitle returns the last part of a metadata title, cut of its
// site name, that one of the first <h2>s prints word for word (see
// tailHeading).
func (ts *titleSources) tailHeadingTitle(h2s []posNode, cleaned []string) (string, bool) {
	for _, h := range h2s {
		if k, ok := titleH2Key(h); ok {
			if t, ok := ts.tailHeading(k, cleaned); ok {
				return t, true
			}
		}
	}
	return "", false
}

// tailHeading returns the last part of one of the titles cleaned whose key
// is the <h2> key k, when it has more words than the part before it (a
// section, not a headline), is not the site's name and does not follow a
// colon.
func (ts *titleSources) tailHeading(k string, cleaned []string) (string, bool) {
	for _, c := range cleaned {
		i, sep := lastSeparator(c, titleSeparators)
		if i <= 0 || isColon(sep) {
			continue
		}
		tail := strings.TrimSpace(c[i+len(sep):])
		if titleKey(tail) != k || ts.namesSite(tail) {
			continue
		}
		if headlineWords(k) > headlineWords(titleKey(lastPart(c[:i]))) {
			return tail, true
		}
	}
	return "", false
}

// lastPart returns the part of t after its last title separator, or t.
func lastPart(t string) string {
	if i, sep := lastSeparator(t, titleSeparators); i > 0 {
		return t[i+len(sep):]
	}
	return t
}
