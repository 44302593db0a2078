package article

// This file reads a date line printed before the metadata's publication
// date on the day of their update date: a post edited, then scheduled to
// appear later, whose theme prints the edit. reconcile takes an earlier
// printed day for the first publication of a page moved or re-saved; the
// metadata's own update is no such day.

// metaUpdateOn reports whether the metadata give an update date on the day
// of printed.
func (dc *dateCands) metaUpdateOn(printed Date) bool {
	for _, c := range dc.list {
		if c.modified && c.rank < rankVisible && sameDay(c.d, printed) {
			return true
		}
	}
	return false
}
