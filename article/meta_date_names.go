package article

import (
	"encoding/json"
	"slices"
	"strings"
)

// This file reads the publication dates of <meta> tags named in a
// vendor's or a site's own words: "shareaholic:article_published_time",
// "vr:published-time", "zdf:publicationDate", "DCTERMS:created". Folded to
// their letters and digits, the names end as the usual ones do.

// publishedNameEnds are the endings of a folded <meta> name that say it
// gives a publication date.
var publishedNameEnds = []string{
	"publishedtime", "publishtime", "publisheddate", "publishdate", "publicationdate", "pubdate",
	"datepublished", "firstpublished", "datecreated", "datepub", "articledate",
	"dcdate", "dccreated", "dcissued", "dctermsdate", "dctermscreated", "dctermsissued",
}

// publishedNameWords are the words one of publishedNameEnds holds, which
// turn away most names before they are folded.
var publishedNameWords = []string{"pub", "date", "creat", "issued"}

// unpublishedNameWords are the words of a <meta> name that say its date
// is not the first publication of the page: an update, an expiry, a
// related story.
var unpublishedNameWords = []string{"last", "modif", "updat", "expir", "revis", "unpub", "end", "next", "relat"}

// namesPublication reports whether key, a <meta> name none of the known
// lists hold, names a publication date by its ending.
func namesPublication(key string) bool {
	if !containsAnyString(key, publishedNameWords) {
		return false
	}
	f := flatKey(key)
	if !slices.ContainsFunc(publishedNameEnds, func(e string) bool { return strings.HasSuffix(f, e) }) ||
		containsAnyString(f, unpublishedNameWords) {
		return false
	}
	return !slices.Contains(publishedMetaKeys, key) && !slices.Contains(modifiedMetaKeys, key)
}

// fromNamedMeta adds the dates of the <meta> tags whose names say they
// give a publication date in other words than the known lists.
func (dc *dateCands) fromNamedMeta(pm *pageMeta) {
	var values []string
	for _, t := range pm.metas {
		if namesPublication(t.key) {
			values = append(values, t.value)
		}
	}
	for _, v := range dc.listValues(values) {
		dc.add(v, rankMeta, false)
	}
}

// fromParselyPage adds the publication date of Parse.ly's page tag, a
// JSON object: <meta name="parsely-page" content='{"pub_date": "..."}'>.
func (dc *dateCands) fromParselyPage(pm *pageMeta) {
	s := pm.metaValue("parsely-page")
	if !strings.HasPrefix(s, "{") {
		return
	}
	var page struct {
		PubDate string `json:"pub_date"`
	}
	if json.Unmarshal([]byte(s), &page) == nil {
		dc.add(page.PubDate, rankMeta, false)
	}
}
