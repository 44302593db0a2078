package article

// This file holds the patterns of dates written with numbers first: year
// first in Chinese, Japanese, Korean, Hungarian, Lithuanian and Latvian
// (date_parse_baltic.go), and the dotted numbers with spaces of Central
// Europe and Korea.

// matchNumberFirst matches the dates that start with a number that is not
// their day followed by a month name: "2024-02-26", "2024年2月26日",
// "2024. február 26.", "2024. 2. 26.", "26/02/2024", "26. 2. 2024".
func matchNumberFirst(c *dateCursor, p *dateParts) bool {
	m := *c
	first := m.peek()
	m.take(first)
	switch next := m.peek(); {
	case next.is(roleYearUnit):
		return tryPart(c, p, matchCJK)
	case next.isWord(lithuanianYear):
		return tryPart(c, p, matchYearWordDate)
	case next.gap || !next.isPunct("-/."): // all the others have a glued mark next
		return first.ndig == 8 && tryPart(c, p, matchISO) // "20240226"
	}
	return tryPart(c, p, matchISO) || tryPart(c, p, matchYearMonthDay) ||
		tryPart(c, p, matchNumeric) || tryPart(c, p, matchSpacedNumeric) || tryPart(c, p, matchYearWordDate)
}

// matchCJK matches "2024年2月26日", "2024年02月26日（月）", "2024년 2월 26일",
// and "2024年2月" alone.
func matchCJK(c *dateCursor, p *dateParts) bool {
	y, ok := c.num(4)
	if !ok || y.ndig != 4 || !c.skipRole(roleYearUnit) {
		return false
	}
	return matchCJKMonthDay(c, p, y.val)
}

// matchCJKMonthDay matches the month and day after the year of matchCJK
// and matchEra: "2月26日", "2月".
func matchCJKMonthDay(c *dateCursor, p *dateParts, year int) bool {
	m, ok := c.num(2)
	if !ok || !c.skipRole(roleMonthUnit) {
		return false
	}
	p.year, p.month, p.day, p.prec = year, m.val, 1, PrecisionMonth
	day := *c
	if d, ok := day.num(2); ok && day.skipRole(roleDayUnit) {
		*c = day
		p.day, p.prec = d.val, PrecisionDay
		skipDateAside(c)
	}
	return true
}

// matchYearMonthDay matches the Hungarian "2024. február 26." and
// "2024. febr. 26-án". The dot after the year and the one (or the case
// ending) after the day are required: "in 2024. March 5, 2025" is no date.
func matchYearMonthDay(c *dateCursor, p *dateParts) bool {
	y, ok := c.num(4)
	if !ok || y.ndig != 4 {
		return false
	}
	if _, ok := c.skipGlued("."); !ok || !matchMonth(c, p, true) {
		return false
	}
	d, ok := c.num(2)
	if !ok {
		return false
	}
	p.year, p.day, p.prec = y.val, d.val, PrecisionDay
	if _, ok := c.skipGlued("."); ok {
		skipDateAside(c)
		return true
	}
	if _, ok := c.skipGlued("-"); !ok {
		return false
	}
	t := c.peek()
	c.take(t)
	return t.kind == dtWord && !t.gap && t.end-t.start <= 6 // "án", "én", "ig"
}

// matchSpacedNumeric matches dotted numbers with spaces after the dots: the
// Korean and Hungarian "2024. 2. 26." and the Czech and Slovak "26. 2. 2024".
// The forms without spaces are matchISO's and matchNumeric's.
func matchSpacedNumeric(c *dateCursor, p *dateParts) bool {
	a, ok := c.num(4)
	b, ok2 := dotNum(c)
	e, ok3 := dotNum(c)
	if !ok || !ok2 || !ok3 || b.ndig > 2 || !b.gap && !e.gap {
		return false
	}
	switch {
	case a.ndig == 4 && e.ndig <= 2:
		p.year, p.month, p.day = a.val, b.val, e.val
		if !numEndOK(c.s, c.pos) {
			return false
		}
		c.skipGlued(".")
	case a.ndig <= 2 && e.ndig == 4:
		p.day, p.month, p.year = a.val, b.val, e.val
		if !numEndOK(c.s, c.pos) {
			return false
		}
		skipYearMark(c)
	default:
		return false
	}
	p.prec = PrecisionDay
	skipDateAside(c)
	return true
}

// dotNum consumes a dot glued to what comes before it and the number after
// it, with or without space between them.
func dotNum(c *dateCursor) (dateToken, bool) {
	m := *c
	if _, ok := m.skipGlued("."); !ok {
		return dateToken{}, false
	}
	t, ok := m.num(4)
	if ok {
		*c = m
	}
	return t, ok
}

// skipDateAside consumes the weekday written after a date, bare or in
// brackets: "(月)", "（月曜日）", "(월)", "星期一", ", hétfő".
func skipDateAside(c *dateCursor) {
	m := *c
	if _, ok := m.skipPunct("("); ok {
		for i := 0; i < 3 && m.peek().kind == dtWord; i++ {
			m.take(m.peek())
		}
		if _, ok := m.skipPunct(")"); ok {
			*c = m
		}
		return
	}
	if skipStrongWeekday(&m) {
		*c = m
	}
}
