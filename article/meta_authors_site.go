package article

// This file holds the last resort of the author picker: a page that names
// no person but credits itself, the site or its company, as the author in
// its JSON-LD or its <meta> tags.

// siteAuthors returns the authors the JSON-LD or the <meta> tags give
// when they only name the site or its company.
func (ap authorPicker) siteAuthors(pm *pageMeta, ld ldArticle) []Author {
	var out []Author
	for _, p := range ld.authors() {
		out = append(out, ap.loose.names(p.name)...)
	}
	if out = ap.keep(out, true); len(out) > 0 {
		return out
	}
	for _, k := range authorMetaKeys[:2] {
		for _, v := range pm.metaValues(k) {
			if looksLikeURL(v) {
				continue
			}
			if as := ap.keep(dropAddress(ap.loose.read(v)), true); len(as) > 0 {
				return as
			}
			if as := ap.siteCredit(v); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}
