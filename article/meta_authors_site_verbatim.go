package article

import "strings"

// This file keeps a site's own credit as the page writes it when the
// byline reader would not take it for a name: "98 Buck Social" has a
// number, "Acme.com" is written as a domain. The <meta> author that names
// the site itself is the page's word for who wrote it; only its spelling
// is unlike a person's.

// maxSiteCredit is the longest site credit kept as written.
const maxSiteCredit = 60

// siteCredit returns v as the author when it is the site's own name or
// host (a domain written with its host label: "Acme.com"), in one short
// line, else nil.
func (ap authorPicker) siteCredit(v string) []Author {
	v = strings.TrimSpace(CleanText(v))
	if ap.ts == nil || v == "" || len(v) > maxSiteCredit || strings.ContainsAny(v, "/:@|") {
		return nil
	}
	if !ap.ts.namesSite(v) {
		return nil
	}
	return []Author{{Name: v}}
}
