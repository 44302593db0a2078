package article

// This file reads the byline of a page that credits its own site in the
// place of a writer: an element marked as the author next to the headline
// that prints the site's name ("Acme" under the headline of an Acme blog
// post). The author picker drops the site's name where a person may be
// named instead; when no source names anyone, the site's own credit is
// the page's author.

// siteByline returns the site's name printed in an element marked as the
// author near the headline, when that is all the element names.
func (ap authorPicker) siteByline(pm *pageMeta, anchor int) []Author {
	if ap.ts == nil || anchor < 0 {
		return nil
	}
	for _, a := range pm.authors {
		if !near(a.pos, anchor) || ofReply(a.n) {
			continue
		}
		as := ap.keep(ap.fromNode(a.n), true)
		if len(as) == 0 {
			continue
		}
		if len(as) == 1 && ap.ts.isSiteName(as[0].Name) {
			return as
		}
		return nil
	}
	return nil
}
