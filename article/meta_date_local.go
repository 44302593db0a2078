package article

// This file finds the local day of a story whose metadata give a UTC time
// near midnight while its date line prints the day alone: a story filed at
// 00:30 in Berlin is given as 23:30 UTC the day before, one filed at 21:00
// in Mexico City as 03:00 UTC the day after. With no time printed, the
// offset cannot be worked out (meta_date_zone.go); the printed day is
// taken when the clock of the page's language (meta_date_lang_zone.go)
// agrees with it. Without that agreement a printed day next to a UTC time
// is as often the day of an update or of another story.

// printedLocalDay returns printed, the day the date line prints without a
// time, when meta, a UTC time from the metadata, falls on that day on the
// clock of the page's language. A news story or a post keeps the
// metadata's moment over a printed day (reconcile), but not its UTC
// calendar day.
func (dc *dateCands) printedLocalDay(meta, printed Date) (Date, bool) {
	if printed.Precision != PrecisionDay || !isUTC(meta) {
		return Date{}, false
	}
	z, ok := dc.zone()
	if !ok || !sameDay(inZone(meta, z), printed) {
		return Date{}, false
	}
	return printed, true
}
