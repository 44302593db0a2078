package article

import "slices"

// A page that embeds a video (a news clip, a live stream beside a topic
// page) often describes the video in its JSON-LD, and a VideoObject is
// then the page's only JSON-LD object of rank: its name is the video's
// title, not the page's. It counts as a title only when another source
// shares it: another metadata title or an <h1> that holds its words, or
// whose words it holds. On a page that is the video, they name it alike.

// dropVideoName leaves out the JSON-LD titles when the main JSON-LD object
// is a VideoObject that no other source names alike; a page with no other
// title keeps them, and a title or <h1> that is only the site's name
// ("<title>Acme News</title>", a logo's <h1>) is none. It reads ts.sites.
func (ts *titleSources) dropVideoName(ld ldArticle, h1s []posNode) {
	if len(ts.ld) == 0 || ld.main == nil || !slices.Contains(ldTypes(ld.main), "VideoObject") {
		return
	}
	var others []string
	for _, l := range [][]string{ts.og, ts.twitter, ts.other, ts.page} {
		for _, t := range l {
			if !ts.isSiteName(t) {
				others = append(others, t)
			}
		}
	}
	for i := range h1s {
		if t := headText(h1s[i].n); !ts.isSiteName(t) {
			others = append(others, t)
		}
	}
	if len(others) == 0 {
		return
	}
	for _, t := range ts.ld {
		if sharesTitle(titleKey(t), others) {
			return
		}
	}
	ts.ld = nil
}

// sharesTitle reports whether one of titles holds the words of the title
// key k in a row, or k holds all of its words.
func sharesTitle(k string, titles []string) bool {
	for _, t := range titles {
		if o := titleKey(t); o != "" && (holdsWords(o, k) || holdsWords(k, o)) {
			return true
		}
	}
	return false
}
