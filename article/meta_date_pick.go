package article

import "time"

// This file picks the publication and modification dates among the dates a
// page gives (meta_date.go). The metadata (JSON-LD, <meta> tags,
// microdata) and the date line printed under the headline are read
// together. The metadata wins for an article dated by its posting (a news
// story, a forum post). Elsewhere the day the page shows its reader wins
// when the metadata is later (a page moved or re-saved keeps its first date
// on screen), unless that day is printed as one of the cards of a list
// (meta_date_list.go). A printed time of the same moment gives the local
// day, and when two sources of metadata disagree, the one the page prints
// wins. An update date is taken for the publication only when the page
// gives no other, or when the only other is printed in a sentence of the
// story; an earlier printed day that is the metadata's update is no first
// publication (meta_date_early_update.go).

// pick returns the publication date and the modification date. The
// modification date is the latest update given that is not before the
// publication date. A page that gives no publication date but an update
// is dated by its update, unless it is dated by its posting.
func (dc *dateCands) pick() (pub, mod *Date) {
	if d, ok := dc.published(); ok {
		pub = &d
	}
	mod = dc.modifiedAfter(pub)
	if pub == nil && mod != nil && !dc.posted {
		d := *mod // the only date the page gives
		pub = &d
	}
	return pub, mod
}

// published returns the publication date: the metadata's reconciled with
// the printed date line, else the one of the two given, else the best of
// the weaker sources (the address, other printed dates).
func (dc *dateCands) published() (Date, bool) {
	meta, hasMeta := dc.best(func(c *dateCand) bool { return c.rank < rankVisible })
	printed, hasPrinted := dc.nearestPrinted(false)
	switch {
	case hasMeta && hasPrinted:
		return dc.reconcile(meta, printed), true
	case hasPrinted:
		return printed, true
	}
	if hasMeta {
		return dc.inLangZone(dc.withURLDay(dc.localDay(meta))), true
	}
	if d, ok := dc.best(func(c *dateCand) bool { return c.rank == rankURL }); ok {
		return d, true
	}
	return dc.printedElsewhere()
}

// printedElsewhere returns the publication date of a page whose metadata,
// date line and address give none: the nearest printed date the markup
// marks or that stands on a line of its own; else, when the page prints
// an update line, the date in the lead image's address or none (pick
// dates the page by the update: a date in a sentence of the story is an
// event, not the page's date); else the nearest printed date, else the
// best of the weaker sources.
func (dc *dateCands) printedElsewhere() (Date, bool) {
	if d, ok := dc.nearest(func(c *dateCand) bool { return c.rank == rankVisible && !c.modified && (c.line || c.marked) }); ok {
		return d, true
	}
	if _, ok := dc.nearestPrinted(true); ok {
		return dc.best(func(c *dateCand) bool { return c.rank == rankImageURL })
	}
	if d, ok := dc.nearest(func(c *dateCand) bool { return c.rank == rankVisible && !c.modified }); ok {
		return d, true
	}
	return dc.best(func(c *dateCand) bool { return true })
}

// best returns the publication date of the best-ranked source among those
// ok accepts: the day most of its dates give, the earliest of equals, and
// the finest date on that day.
func (dc *dateCands) best(ok func(*dateCand) bool) (Date, bool) {
	var best *dateCand
	for i := range dc.list {
		c := &dc.list[i]
		if c.modified || !credible(c.d) || !ok(c) {
			continue
		}
		if best == nil || c.rank < best.rank || c.rank == best.rank && dc.betterOfRank(c, best) {
			best = c
		}
	}
	if best == nil {
		return Date{}, false
	}
	return best.d, true
}

// nearestPrinted returns the date of the date line nearest the headline,
// an update or not.
func (dc *dateCands) nearestPrinted(modified bool) (Date, bool) {
	return dc.nearest(func(c *dateCand) bool { return c.rank == rankVisible && c.line && c.modified == modified })
}

// nearest returns the date nearest the headline among those ok accepts,
// those the markup marks as dates first, unless a bare date of the header
// texts is printed much nearer than the marked one (right under the
// headline, above a list of marked teasers).
func (dc *dateCands) nearest(ok func(*dateCand) bool) (Date, bool) {
	marked := dc.nearestOf(func(c *dateCand) bool { return c.marked && ok(c) })
	bare := dc.nearestOf(func(c *dateCand) bool { return !c.marked && ok(c) })
	switch {
	case marked != nil && (bare == nil || !muchNearer(bare, marked)):
		return marked.d, true
	case bare != nil:
		return bare.d, true
	}
	return Date{}, false
}

// markedSlack is how much farther from the headline a date the markup
// marks may be than a bare one and still win.
const markedSlack = 10

// muchNearer reports whether the bare date is printed much nearer the
// headline than the marked one, both among the header texts (the
// distances of the header texts count texts, below headerTextsAfter;
// those of other elements count elements, and start there).
func muchNearer(bare, marked *dateCand) bool {
	return marked.dist < headerTextsAfter && bare.dist+markedSlack < marked.dist
}

// nearestOf returns the candidate nearest the headline among those ok
// accepts, the finer of two at the same distance, or nil.
func (dc *dateCands) nearestOf(ok func(*dateCand) bool) *dateCand {
	var best *dateCand
	for i := range dc.list {
		c := &dc.list[i]
		if !credible(c.d) || !ok(c) {
			continue
		}
		if best == nil || c.dist < best.dist || c.dist == best.dist && c.d.Precision > best.d.Precision {
			best = c
		}
	}
	return best
}

// reconcile returns the publication date from the metadata's meta and the
// printed date line's printed.
func (dc *dateCands) reconcile(meta, printed Date) Date {
	if sameDay(meta, printed) {
		return finer(dc.localDay(meta), printed)
	}
	if local, ok := sameMoment(meta, printed); ok {
		return local
	}
	if d, ok := dc.metaOn(printed); ok {
		return finer(d, printed) // the metadata disagree, and the page sides with one of them
	}
	if d, ok := dc.printedLocalDay(meta, printed); ok {
		return d
	}
	if d, ok := swappedOn(meta, printed); ok {
		return d
	}
	switch {
	case dc.posted:
	case dayOf(printed) < dayOf(meta) && !dc.inDateList(printed) && !dc.metaUpdateOn(printed):
		return printed // the metadata of a page moved or re-saved
	}
	return dc.withURLDay(dc.localDay(meta))
}

// finer returns printed when it says more than meta on the same day (the
// time of day), else meta.
func finer(meta, printed Date) Date {
	if printed.Precision > meta.Precision {
		return printed
	}
	return meta
}

// metaOn returns the publication date another source of metadata than
// the best gives on the day of printed, if any: a source of a lower rank,
// or a second tag of the best rank when that rank gives two dates at most
// (more are the posts of a thread, dated by the first).
func (dc *dateCands) metaOn(printed Date) (Date, bool) {
	top, n := rankVisible, 0
	for _, c := range dc.list {
		if !c.modified && credible(c.d) && c.rank <= top {
			if c.rank < top {
				top, n = c.rank, 0
			}
			n++
		}
	}
	if n > maxSameRankDates {
		top++
	}
	for _, c := range dc.list {
		if !c.modified && c.rank >= top && c.rank < rankVisible && sameDay(c.d, printed) {
			return dc.localDay(c.d), true
		}
	}
	return Date{}, false
}

// modifiedAfter returns the latest update date given that is not before
// pub.
func (dc *dateCands) modifiedAfter(pub *Date) *Date {
	var mod *Date
	for i := range dc.list {
		c := &dc.list[i]
		if !c.modified || !credible(c.d) || pub != nil && dayOf(c.d) < dayOf(*pub) {
			continue
		}
		if mod == nil || c.d.Time.After(mod.Time) && c.rank <= rankVisible {
			d := c.d
			mod = &d
		}
	}
	return mod
}

// withURLDay returns d, a UTC time, as the day the page's address gives
// when that day is d on some clock of the world (a story of 21:00 in New
// York is filed under the day before its UTC date).
func (dc *dateCands) withURLDay(d Date) Date {
	if !isUTC(d) {
		return d
	}
	for _, c := range dc.list {
		if c.rank == rankURL && !sameDay(c.d, d) && shiftsTo(d, c.d) {
			return c.d
		}
	}
	return d
}

// isUTC reports whether d is a time of day given in UTC.
func isUTC(d Date) bool {
	if d.Precision < PrecisionMinute || d.Local {
		return false
	}
	_, off := d.Time.Zone()
	return off == 0
}

// shiftsTo reports whether the UTC time u falls on the calendar day of d
// at some UTC offset in use (-12 to +14 hours).
func shiftsTo(u, d Date) bool {
	y, m, day := d.Time.Date()
	start := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
	t := u.Time.UTC()
	return !t.Before(start.Add(-14*time.Hour)) && t.Before(start.Add(36*time.Hour))
}

// maxSameRankDates is the most publication dates one source of metadata
// gives when one of them may stand for the page.
const maxSameRankDates = 2

// dayOf returns the calendar day of d as written, as a sortable number.
func dayOf(d Date) int {
	y, m, day := d.Time.Date()
	return y*10000 + int(m)*100 + day
}

// credible reports whether d can be the date of a page.
func credible(d Date) bool {
	return !d.IsZero() && d.Time.Year() >= minWebYear && d.Precision >= PrecisionDay
}

// sameDay reports whether a and b fall on the same calendar day as
// written.
func sameDay(a, b Date) bool { return dayOf(a) == dayOf(b) }

// earlierOrFiner reports whether a is a better publication date than b
// from an equal source: on an earlier day, or on the same day with a time.
func earlierOrFiner(a, b Date) bool {
	if sameDay(a, b) {
		return a.Precision > b.Precision
	}
	return a.Time.Before(b.Time)
}
