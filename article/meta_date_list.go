package article

import "slices"

// This file keeps the dates of a list of other articles from dating the
// page: a <meta itemprop="datePublished"> in every teaser of a news list,
// or a date line printed in every card of a "related" or "latest" box.
// The article's own tag comes first in the page; the teasers' dates follow
// it, each on another day.

// maxListDays is the most days a date tag or the printed date lines give
// before they are read as the dates of a list.
const maxListDays = 2

// listValues returns the values of a date tag named in the page: all of
// them, or only the first when they fall on more than maxListDays days (the
// page's own tag, then those of the teasers that follow it).
func (dc *dateCands) listValues(values []string) []string {
	if len(values) <= maxListDays || countDays(values, dc.lang) <= maxListDays {
		return values
	}
	return values[:1]
}

// countDays returns how many calendar days the dates of values fall on.
func countDays(values []string, lang string) int {
	var days []int
	for _, v := range values {
		if d, ok := parseMetaDate(v, lang); ok && !slices.Contains(days, dayOf(d)) {
			days = append(days, dayOf(d))
		}
	}
	return len(days)
}

// listSpan is how far apart, in header texts or in elements, the dates of
// the cards of one list are printed at most.
const listSpan = 16

// inDateList reports whether printed, a date line, is printed as one of a
// list: within listSpan of its nearest copy, dates of maxListDays or more
// other days are printed (the cards of "related" or "latest" boxes), so
// that it is no more the article's than they are.
func (dc *dateCands) inDateList(printed Date) bool {
	var own *dateCand
	for i := range dc.list {
		c := &dc.list[i]
		if c.rank == rankVisible && c.line && !c.modified && c.d.Time.Equal(printed.Time) && (own == nil || c.dist < own.dist) {
			own = c
		}
	}
	if own == nil {
		return false
	}
	var days []int
	for _, c := range dc.list {
		if c.rank != rankVisible || c.modified || !(c.line || c.marked) || sameDay(c.d, own.d) ||
			(c.dist < headerTextsAfter) != (own.dist < headerTextsAfter) || max(c.dist-own.dist, own.dist-c.dist) > listSpan {
			continue
		}
		if !slices.Contains(days, dayOf(c.d)) {
			days = append(days, dayOf(c.d))
		}
	}
	return len(days) >= maxListDays
}

// dropListTail keeps only the first of the publication dates of rank when
// they give more than maxListDays moments: the microdata of a news list,
// where the article's own item comes first.
func (dc *dateCands) dropListTail(rank dateRank) {
	var moments []int64
	first := -1
	for i, c := range dc.list {
		if c.rank == rank && !c.modified {
			if first < 0 {
				first = i
			}
			if m := c.d.Time.Unix(); !slices.Contains(moments, m) {
				moments = append(moments, m)
			}
		}
	}
	if len(moments) <= maxListDays {
		return
	}
	kept := dc.list[:0]
	for i, c := range dc.list {
		if i == first || c.rank != rank || c.modified {
			kept = append(kept, c)
		}
	}
	dc.list = kept
}
