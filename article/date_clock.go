package article

// This file holds the patterns of the time of day and its zone.

// dateClockMode is what a time of day may look like where it is read.
type dateClockMode uint8

const (
	clockPlain  dateClockMode = iota // "14:30", "14h30", "2 pm"
	clockJoined                      // after "à", "um", "alle": also "14.30"
	clockISO                         // after "T": also "1430" and "143000"
)

// matchTimeAfter matches the time of day after a date, with its zone:
// "T14:30:00Z", ", 14:30", "à 14h30", "a las 14:30 h", "at 2:30 p.m. EST",
// "kl. 14.30", "Pazartesi 14:30", "오후 2:30", "下午2点30分", "2020. u 14:30".
func matchTimeAfter(c *dateCursor, p *dateParts) bool {
	mode, before := clockPlain, dateToken{}
	if t := c.peek(); t.isWord("t") && !t.gap {
		c.take(t)
		mode = clockISO
	} else {
		c.skipGlued(".") // the Croatian year's dot: "5. ožujka 2020. u 14:30"
		c.skipPunct(",-|@")
		if skipStrongWeekday(c) {
			c.skipPunct(",-|")
		}
		for i := 0; i < 2 && c.skipRole(roleTimeJoin); i++ {
			c.skipGlued(".")
			mode = clockJoined
		}
		if t := c.peek(); t.is(roleAMBefore | rolePMBefore) {
			c.take(t)
			before = t
		}
	}
	if !matchClock(c, p, mode) {
		return false
	}
	if before.kind == dtWord && p.hour >= 1 && p.hour <= 12 {
		p.hour %= 12
		if before.is(rolePMBefore) {
			p.hour += 12
		}
	}
	tryPart(c, p, matchZone)
	return numEndOK(c.s, c.pos)
}

// skipStrongWeekday consumes the next token if it is a weekday that is not
// also a common word: "Pazartesi", "hétfő", "星期一".
func skipStrongWeekday(c *dateCursor) bool {
	t := c.peek()
	if !t.is(roleWeekday) || t.is(roleWeakWeekday) {
		return false
	}
	c.take(t)
	return true
}

// matchTimeFirst matches a time of day and the date after it:
// "10:23 AM EST, Mon February 26, 2024", "14h30 le 26 février 2024".
func matchTimeFirst(c *dateCursor, p *dateParts) bool {
	if t := c.peek(); !numStartOK(c.s, t.start) || !matchClock(c, p, clockPlain) {
		return false
	}
	tryPart(c, p, matchZone)
	c.skipPunct(",-|")
	c.skipRole(roleLead)
	m := *c
	if !skipWeekday(&m) {
		m = *c
	}
	q := dateParts{}
	if !matchCore(&m, &q) || q.prec != PrecisionDay || q.hasTime {
		return false
	}
	*c = m
	p.year, p.month, p.day, p.prec, p.shortYear = q.year, q.month, q.day, q.prec, q.shortYear
	return true
}

// matchClock matches a time of day: "14:30", "14:30:05.123", "14h30",
// "14 h", "14 Uhr", "2:30 p.m.", "2pm", and what mode allows besides.
func matchClock(c *dateCursor, p *dateParts, mode dateClockMode) bool {
	h, ok := c.num(6)
	if !ok || (mode == clockISO && h.gap) {
		return false
	}
	hourOnly := false
	switch {
	case mode == clockISO && h.ndig == 4:
		p.hour, p.minute = h.val/100, h.val%100
	case mode == clockISO && h.ndig == 6:
		p.hour, p.minute, p.second, p.secs = h.val/10000, h.val/100%100, h.val%100, true
	case h.ndig > 2:
		return false
	default:
		p.hour = h.val
		hourOnly = !matchMinutes(c, p, mode)
	}
	if !matchAMPM(c, p) && hourOnly {
		return false
	}
	c.skipRole(roleHour)
	p.hasTime = true
	return p.hour < 24 && p.minute < 60 && p.second < 60
}

// matchMinutes matches what follows the hour: ":30", ":30:05", "h30", " h",
// " Uhr", and ".30" when mode allows it or an hour word follows.
func matchMinutes(c *dateCursor, p *dateParts, mode dateClockMode) bool {
	if _, m, ok := c.sepNum(":"); ok {
		p.minute = clockField(m)
		if _, s, ok := c.sepNum(":"); ok {
			p.second, p.secs = clockField(s), true
			c.sepNum(".,") // fraction of a second, dropped
		}
		return true
	}
	if c.skipRole(roleHour) {
		m := *c
		if n, ok := m.num(2); ok && (n.ndig == 2 || m.peek().is(roleHour)) {
			*c = m
			p.minute = n.val // "14h30", "9시 5분"
		}
		return true
	}
	m := *c
	if _, n, ok := m.sepNum("."); ok && mode != clockISO && (mode == clockJoined || m.peek().is(roleHour)) {
		*c = m
		p.minute = clockField(n)
		return true
	}
	return false
}

// clockField returns the value of a two-digit minute or second, or 60 (which
// fails the time) for anything else.
func clockField(t dateToken) int {
	if t.ndig != 2 {
		return 60
	}
	return t.val
}

// matchAMPM matches "am", "PM", "a.m.", "p. m." after an hour of 1 to 12
// and moves the hour to a 24-hour clock.
func matchAMPM(c *dateCursor, p *dateParts) bool {
	if p.hour < 1 || p.hour > 12 {
		return false
	}
	m := *c
	t := m.peek()
	m.take(t)
	pm := t.is(rolePM) || t.isWord("p")
	if t.isWord("a") || t.isWord("p") {
		_, dot := m.skipGlued(".")
		if !dot || !m.peek().isWord("m") {
			return false
		}
		m.take(m.peek())
		m.skipGlued(".")
	} else if !t.is(roleAM | rolePM) {
		return false
	}
	*c = m
	p.hour %= 12
	if pm {
		p.hour += 12
	}
	return true
}

// matchZone matches a zone after a time: "Z", "GMT", "(CET)", "UTC+01:00",
// "GMT+1", "+0100", "-05:00".
func matchZone(c *dateCursor, p *dateParts) bool {
	t := c.peek()
	switch {
	case t.isPunct("("):
		c.take(t)
		if !matchZoneWord(c, p) {
			return false
		}
		_, closed := c.skipPunct(")")
		return closed
	case t.is(roleZone):
		return matchZoneWord(c, p)
	case t.isPunct("+-"):
		// "14:30-15:30" is a range, unless the date is RFC 3339.
		if !t.gap && t.punct == '-' && !p.iso && !p.secs {
			return false
		}
		return matchOffset(c, p, !t.gap)
	}
	return false
}

// matchZoneWord matches a zone abbreviation in capitals ("CET", "GMT+1"),
// as "est" or "met" are words too; "utc", "gmt" and, right after the time,
// "z" may be in any case.
func matchZoneWord(c *dateCursor, p *dateParts) bool {
	t := c.peek()
	z := t.isWord("z")
	anyCase := t.isWord("utc") || t.isWord("gmt") || z && !t.gap
	if !t.is(roleZone) || !t.upper && !anyCase {
		return false
	}
	c.take(t)
	p.hasZone, p.offset, p.zone = true, int(t.info.zone), dateZoneNames[dateWordList[t.info.id]]
	if t.info.zone == 0 && !z {
		tryPart(c, p, matchLooseOffset)
	}
	return true
}

func matchLooseOffset(c *dateCursor, p *dateParts) bool { return matchOffset(c, p, true) }

// matchOffset matches a UTC offset: a sign and "01:00", "0100" or, when loose
// allows it, "1" and "01". It adds the offset to that of a zone before it.
func matchOffset(c *dateCursor, p *dateParts, loose bool) bool {
	sign, ok := c.skipPunct("+-")
	h := c.peek()
	if !ok || h.kind != dtNum || h.gap || h.ndig == 3 || h.ndig > 4 {
		return false
	}
	c.take(h)
	hh, mm := h.val, 0
	if h.ndig == 4 {
		hh, mm = h.val/100, h.val%100
	} else if _, m, ok := c.sepNum(":"); ok {
		mm = clockField(m)
	} else if !loose {
		return false
	}
	off := hh*60 + mm
	if sign == '-' {
		off = -off
	}
	p.hasZone, p.offset, p.zone = true, p.offset+off, ""
	return mm < 60 && -maxZoneOffset <= p.offset && p.offset <= maxZoneOffset
}
