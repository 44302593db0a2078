package article

// This file picks, among several <h1>s, the one a metadata headline
// names: a page that sets its section's name in a first <h1> ("News",
// which its <title> repeats) and the story's headline in a second one
// has the headline in its OpenGraph or JSON-LD title.

// sourceH1 returns the first content <h1> whose text is one of the
// metadata titles of sources, cut of the site's name (the <title> left
// out), when a page has more than one <h1>.
func sourceH1(h1s []posNode, sources []string) (h1Choice, bool) {
	if len(h1s) < 2 {
		return h1Choice{}, false
	}
	keys := titleKeys(sources)
	for i := range h1s {
		if t := headText(h1s[i].n); keys[titleKey(t)] && !inChrome(h1s[i].n) {
			return h1Choice{t, &h1s[i]}, true
		}
	}
	return h1Choice{}, false
}

// agreedH1 returns the <h1> the metadata names (see sourceH1), else the
// first that agrees with it (see agreeingH1).
func (ts *titleSources) agreedH1(h1s []posNode, metas, cleaned []string) (h1Choice, bool) {
	if h, ok := sourceH1(h1s, cleaned[:len(cleaned)-len(ts.page)]); ok {
		return h, true
	}
	return agreeingH1(h1s, metas, cleaned)
}
