package article

import "strings"

// This file decides between the author a <meta> tag names and the byline
// printed on the page when no JSON-LD says who wrote it: a site fills its
// <meta name=author> tag with its own name or its company's, the same on
// every page, where the byline under the headline names the writer. The
// printed person wins over an organisation; a person named by the tag
// stays.

// printedOverMeta reports whether the printed authors replace those of
// the <meta> tags: these all name organisations, and the printed ones
// none, nor anyone the tags name.
func (ap authorPicker) printedOverMeta(meta, printed []Author) bool {
	if len(meta) == 0 || len(printed) == 0 || sharesAuthor(meta, printed) {
		return false
	}
	for _, a := range meta {
		if !ap.orgLike(a.Name) || isAgency(a.Name) {
			return false // a person, or the agency a wire story comes from
		}
	}
	for _, a := range printed {
		for part := range strings.SplitSeq(a.Name, ",") {
			if ap.orgLike(strings.TrimSpace(part)) {
				return false // "Jane Doe, ACME" credits the company too
			}
		}
	}
	return true
}

// orgLike reports whether name reads as an organisation's: it has the
// shape of one (orgShaped), it is one of the site's names (not the label
// of its host, which a personal site shares with its author), or it is
// one word in capitals ("ACME").
func (ap authorPicker) orgLike(name string) bool {
	if orgShaped(name) || ap.ts != nil && ap.ts.isSiteName(name) || isAgency(name) {
		return true
	}
	return !strings.Contains(name, " ") && isAllCaps(name)
}
