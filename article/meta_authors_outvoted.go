package article

// This file settles a disagreement between the JSON-LD and the page: when
// the JSON-LD credits people whom neither the author <meta> tags nor the
// byline printed under the headline name, and those two agree with each
// other, two sources outvote one: the JSON-LD often names the account
// that posted the page rather than its writers.

// outvoted reports whether the printed byline should replace the JSON-LD
// authors structured: it shares no name with them, and the author <meta>
// tags name only people it names too (they may list just the first).
func (ap authorPicker) outvoted(pm *pageMeta, structured, printed []Author) bool {
	if len(structured) == 0 || len(printed) == 0 || sharesAuthor(structured, printed) {
		return false
	}
	meta := ap.fromMeta(pm)
	return len(meta) > 0 && !sharesAuthor(meta, structured) && allNamed(meta, printed)
}

// allNamed reports whether every author of a is also in b.
func allNamed(a, b []Author) bool {
	keys := inStructured(b)
	for _, x := range a {
		if !keys[nameKey(x.Name)] {
			return false
		}
	}
	return true
}
