package article

// This file remembers the titles cleanTitle has cleaned: the same few
// metadata titles are cleaned by dropGeneric, twice, then by pickTitle and
// the readers after it, and each cleaning tests every separator against
// the site's names.

// maxCleanedTitles bounds the titles clean remembers; a page has a few.
const maxCleanedTitles = 16

// cleanedTitle is a title and what cleanTitle gives for it.
type cleanedTitle struct {
	title, clean string
}

// clean is cleanTitle, remembered for the first maxCleanedTitles titles
// cleaned since sites or heads last changed.
func (ts *titleSources) clean(t string) string {
	for _, c := range ts.cleaned {
		if c.title == t {
			return c.clean
		}
	}
	out := ts.cleanTitle(t)
	if len(ts.cleaned) < maxCleanedTitles {
		ts.cleaned = append(ts.cleaned, cleanedTitle{t, out})
	}
	return out
}

// forgetCleaned empties what clean remembers; it is called whenever the
// site's names or the <h1> keys change.
func (ts *titleSources) forgetCleaned() { ts.cleaned = ts.cleaned[:0] }
