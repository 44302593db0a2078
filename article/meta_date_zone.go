package article

import "time"

// This file finds the calendar day of a UTC time in the page's own time
// zone: a story filed at 21:00 in New York is of the day before its UTC
// date, one filed at 01:00 in Moscow of the day after.

// localDay returns d, a time in UTC from the metadata, in the page's own
// time zone when the page prints the same moment on another calendar day
// (a story of 21:00 in New York is dated the next day in UTC): with the
// printed time, the offset is worked out; with a printed day alone, that
// day is kept.
func (dc *dateCands) localDay(d Date) Date {
	if !isUTC(d) {
		return d
	}
	for _, c := range dc.list {
		if c.rank != rankVisible || c.modified || sameDay(c.d, d) {
			continue
		}
		if local, ok := sameMoment(d, c.d); ok {
			return local
		}
	}
	if off, ok := dc.pageOffset(); ok {
		return Date{Time: d.Time.In(time.FixedZone("", off)), Precision: d.Precision, Raw: d.Raw}
	}
	return d
}

// pageOffset returns the UTC offset, in seconds, of the first time of the
// page given with an offset other than zero: the page's own time zone,
// when its JSON-LD writes times in UTC and its other tags in local time.
func (dc *dateCands) pageOffset() (int, bool) {
	for _, c := range dc.list {
		if c.d.Precision < PrecisionMinute || c.d.Local {
			continue
		}
		if _, off := c.d.Time.Zone(); off != 0 && usedOffset(time.Duration(off)*time.Second) {
			return off, true
		}
	}
	return 0, false
}

// sameMoment reports whether the printed date p can be the UTC time u on
// a local clock, and returns u as written there.
func sameMoment(u, p Date) (Date, bool) {
	if _, off := p.Time.Zone(); !p.Local && off != 0 && p.Precision >= PrecisionMinute && p.Time.Equal(u.Time) {
		return Date{Time: u.Time.In(p.Time.Location()), Precision: u.Precision, Raw: u.Raw}, true
	}
	if p.Precision >= PrecisionMinute && p.Local {
		wall := time.Date(p.Time.Year(), p.Time.Month(), p.Time.Day(), p.Time.Hour(), p.Time.Minute(), 0, 0, time.UTC)
		off := wall.Sub(u.Time.Truncate(time.Minute))
		if off == 0 || !usedOffset(off) {
			return Date{}, false
		}
		loc := time.FixedZone("", int(off.Seconds()))
		return Date{Time: u.Time.In(loc), Precision: u.Precision, Raw: u.Raw}, true
	}
	return Date{}, false
}

// usedOffset reports whether off is a UTC offset in use: whole hours from
// -12 to +14, or one of the half and quarter hours of India, Iran,
// Afghanistan, Nepal, Myanmar, Newfoundland and central Australia.
func usedOffset(off time.Duration) bool {
	if off.Abs() > 14*time.Hour {
		return false
	}
	if off%time.Hour == 0 {
		return off >= -12*time.Hour
	}
	switch off {
	case 330 * time.Minute, 210 * time.Minute, 270 * time.Minute, 345 * time.Minute,
		390 * time.Minute, -210 * time.Minute, 570 * time.Minute, 630 * time.Minute:
		return true
	}
	return false
}
