package article

import (
	"strings"
	"time"
)

// Bounds of the date reader.
const (
	maxDateText   = 512     // longest trimmed text ParseDate reads
	maxFiller     = 6       // most words ParseDate allows around a date
	minDateYear   = 1900    // earliest year read
	maxDateYear   = 2100    // latest year read
	maxZoneOffset = 14 * 60 // largest UTC offset, in minutes
)

// ParseDate reads s as a date, with its time of day when s gives one. s may
// wrap the date in a few words without digits ("Publié le", "Updated",
// "Mis à jour le", a weekday); it may not hold anything else. Dates are read
// in RFC 3339 and ISO 8601 forms, in the RFC 1123, 850 and ANSI C forms of
// HTTP and RSS, as day-first numbers ("26/02/2024") and in words in English,
// French, German, Spanish, Italian, Portuguese and Dutch ("26 février 2024",
// "Feb. 26, 2024 at 2:30 p.m. EST"). A year alone is read only when s is
// exactly four digits. Raw is set to s without its surrounding space.
// ParseDate reports false for anything else, including impossible dates and
// years outside 1900..2100, and for texts longer than 512 bytes.
func ParseDate(s string) (Date, bool) {
	raw := strings.TrimSpace(s)
	if len(raw) > maxDateText {
		return Date{}, false
	}
	if y, ok := bareDateYear(raw); ok {
		return Date{Time: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionYear, Raw: raw}, true
	}
	p, start, end, ok := findDate(raw, true)
	if !ok || !dateFillerOnly(raw[:start], raw[end:]) {
		return Date{}, false
	}
	return p.date(raw), true
}

// FindDate finds the first date written in s, in any form ParseDate reads
// but a bare year or a bare "2024-02", and returns it with its byte span
// s[start:end]. The span starts at a weekday written before the date and
// ends after the time of day that follows it, if any. Raw is a copy of the
// span. FindDate reads s once, in time linear in its length.
func FindDate(s string) (d Date, start, end int, ok bool) {
	p, start, end, ok := findDate(s, false)
	if !ok {
		return Date{}, 0, 0, false
	}
	return p.date(strings.Clone(s[start:end])), start, end, true
}

// findDate tries to match a date at each token of s that can start one.
// whole means s is meant to be a date, which allows "2024-02" alone.
func findDate(s string, whole bool) (dateParts, int, int, bool) {
	c := dateCursor{s: s, whole: whole}
	for {
		t := c.peek()
		if t.kind == dtEnd {
			return dateParts{}, 0, 0, false
		}
		if t.kind == dtNum || t.is(roleMonth|roleWeekday) {
			m := c
			if p, ok := matchDate(&m); ok {
				return p, t.start, m.pos, true
			}
		}
		c.take(t)
	}
}

func bareDateYear(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	t := lexDate(s, 0)
	return t.val, t.ndig == 4 && t.val >= minDateYear && t.val <= maxDateYear
}

// dateFillerOnly reports whether the texts around a date hold no digit and few
// words between them.
func dateFillerOnly(texts ...string) bool {
	words := 0
	for _, s := range texts {
		for t := lexDate(s, 0); t.kind != dtEnd; t = lexDate(s, t.end) {
			if t.kind == dtNum {
				return false
			}
			if t.kind == dtWord {
				words++
			}
		}
	}
	return words <= maxFiller
}

// dateParts is a date being matched.
type dateParts struct {
	year, month, day     int
	hour, minute, second int
	offset               int    // minutes east of UTC, when hasZone
	zone                 string // the zone abbreviation, if one was written
	prec                 Precision
	hasTime, hasZone     bool
	iso                  bool // written year first with dashes, as in RFC 3339
	secs                 bool // the time has written seconds
	shortYear            bool // a two-digit year that only a time makes a year
}

// valid reports whether p is a real day of a year we read.
func (p *dateParts) valid() bool {
	if p.year < minDateYear || p.year > maxDateYear || p.month < 1 || p.month > 12 {
		return false
	}
	last := time.Date(p.year, time.Month(p.month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if p.day < 1 || p.day > last {
		return false
	}
	return !p.shortYear || p.hasTime
}

// date returns p as a Date read from raw.
func (p *dateParts) date(raw string) Date {
	d := Date{Precision: p.prec, Raw: raw}
	if !p.hasTime {
		d.Time = time.Date(p.year, time.Month(p.month), p.day, 0, 0, 0, 0, time.UTC)
		return d
	}
	loc := time.UTC
	if p.hasZone && p.offset != 0 {
		loc = time.FixedZone(p.zone, p.offset*60)
	}
	d.Time = time.Date(p.year, time.Month(p.month), p.day, p.hour, p.minute, p.second, 0, loc)
	d.Local = !p.hasZone
	d.Precision = PrecisionMinute
	if p.second != 0 {
		d.Precision = PrecisionSecond
	}
	return d
}

// matchDate matches a whole date at c: one that starts with its weekday,
// with its day, month or year, or with its time of day.
func matchDate(c *dateCursor) (dateParts, bool) {
	for start := range 3 {
		m, p := *c, dateParts{}
		if matchStart(&m, &p, start) && p.valid() {
			*c = m
			return p, true
		}
	}
	return dateParts{}, false
}

// matchStart matches a date beginning in the way numbered start. A switch,
// rather than a table of funcs, keeps the cursor copies off the heap.
func matchStart(c *dateCursor, p *dateParts, start int) bool {
	switch start {
	case 0:
		return matchWeekdayDate(c, p)
	case 1:
		return matchDated(c, p)
	}
	return matchTimeFirst(c, p)
}

// matchWeekdayDate matches "lundi 26 février", "Mon, 26 Feb", "Montag, den 26."
func matchWeekdayDate(c *dateCursor, p *dateParts) bool {
	return skipWeekday(c) && matchDated(c, p)
}

func skipWeekday(c *dateCursor) bool {
	t := c.peek()
	if !t.is(roleWeekday) {
		return false
	}
	c.take(t)
	m := *c
	m.skipPunct("-")
	if m.peek().isWord("feira") { // "segunda-feira"
		*c = m
		c.take(c.peek())
	}
	_, dot := c.skipGlued(".")
	_, comma := c.skipPunct(",")
	c.skipRole(roleDateJoin)
	return dot || comma || !t.is(roleWeakWeekday)
}

// matchDated matches a date and the time of day after it.
func matchDated(c *dateCursor, p *dateParts) bool {
	if !matchCore(c, p) {
		return false
	}
	if p.prec == PrecisionDay && !p.hasTime {
		tryPart(c, p, matchTimeAfter)
	}
	return true
}

// matchCore matches a date without its weekday, mostly without its time.
func matchCore(c *dateCursor, p *dateParts) bool {
	t := c.peek()
	switch {
	case t.kind == dtNum:
		if numStartOK(c.s, t.start) && (tryPart(c, p, matchISO) || tryPart(c, p, matchNumeric)) {
			return true
		}
		return !gluedToLetter(c.s, t.start) && tryPart(c, p, matchDMY)
	case t.is(roleMonth):
		return tryPart(c, p, matchMDY) || tryPart(c, p, matchMY)
	}
	return false
}

// matchISO matches "2024-02-26", "2024/02/26", "2024.02.26", "20240226" and,
// when it is the whole text given to ParseDate, "2024-02".
func matchISO(c *dateCursor, p *dateParts) bool {
	y, ok := c.num(8)
	if !ok {
		return false
	}
	switch y.ndig {
	case 8:
		p.year, p.month, p.day = y.val/10000, y.val/100%100, y.val%100
		p.prec, p.iso = PrecisionDay, true
		return numEndOK(c.s, c.pos)
	case 4:
	default:
		return false
	}
	sep, m, ok := c.sepNum("-/.")
	if !ok || m.ndig > 2 {
		return false
	}
	p.year, p.month, p.iso = y.val, m.val, sep == '-'
	if _, d, ok := c.sepNum(string(sep)); ok {
		p.day, p.prec = d.val, PrecisionDay
		// "2024/02/26/12345-slug" is a path; "2024.2.26.1" is no date.
		strict := sep == '.' || m.ndig != 2 || d.ndig != 2
		return d.ndig <= 2 && (!strict || numEndOK(c.s, c.pos))
	}
	p.day, p.prec = 1, PrecisionMonth
	return c.whole && y.start == 0 && c.pos == len(c.s) && sep == '-' && m.ndig == 2
}

// matchNumeric matches "26/02/2024", "26.02.2024", "26-02-24" and, when the
// day comes second and is over 12, "02/26/2024".
func matchNumeric(c *dateCursor, p *dateParts) bool {
	a, ok := c.num(2)
	sep, b, ok2 := c.sepNum("/.-")
	if !ok || !ok2 || b.ndig > 2 {
		return false
	}
	_, y, ok := c.sepNum(string(sep))
	if !ok || (y.ndig != 2 && y.ndig != 4) {
		return false
	}
	if y.ndig == 2 && sep == '.' && (a.ndig != 2 || b.ndig != 2) {
		return false // "1.2.24" is more likely a version than a date
	}
	p.day, p.month = a.val, b.val
	if b.val > 12 {
		p.day, p.month = b.val, a.val
	}
	p.year, p.prec = fullDateYear(y), PrecisionDay
	return numEndOK(c.s, c.pos)
}

// fullDateYear returns the year a number of two or four digits stands for, with
// the rule of package time: 69..99 are 1969..1999, 00..68 are 2000..2068.
func fullDateYear(y dateToken) int {
	switch {
	case y.ndig != 2:
		return y.val
	case y.val >= 69:
		return 1900 + y.val
	}
	return 2000 + y.val
}

// matchDMY matches "26 février 2024", "1er mars 2024", "26. Februar 2024",
// "26 de febrero de 2024", "26th of February, 2024" and "26-Feb-24".
func matchDMY(c *dateCursor, p *dateParts) bool {
	d, ok := c.num(2)
	if !ok {
		return false
	}
	p.day = d.val
	skipOrdinal(c)
	sep, _ := c.skipPunct(".-/")
	c.skipRole(roleDateJoin)
	if !matchMonth(c, p, true) {
		return false
	}
	c.skipGlued(".")
	c.skipPunct(",-/")
	c.skipRole(roleDateJoin)
	p.prec = PrecisionDay
	return readYear(c, p, sep == '-' || sep == '/')
}

// skipOrdinal consumes the suffix of an ordinal day: "1er", "26th", "1º".
func skipOrdinal(c *dateCursor) {
	t := c.peek()
	if !t.gap && (t.is(roleOrdinal) || t.isPunct("o")) {
		c.take(t)
	}
}

// matchMonth matches a month name and its abbreviation dot. weak allows the
// month names that are also common words, when a day is next to them.
func matchMonth(c *dateCursor, p *dateParts, weak bool) bool {
	t := c.peek()
	if !t.is(roleMonth) || (!weak && t.is(roleWeakMonth)) {
		return false
	}
	c.take(t)
	c.skipGlued(".")
	p.month = int(t.info.month)
	return true
}

// readYear matches a year of four digits or "'24". A bare year of two digits
// is read too; unless short says it is plainly a year, a time must follow it.
func readYear(c *dateCursor, p *dateParts, short bool) bool {
	t := c.peek()
	if t.isPunct("'") {
		c.take(t)
		y := c.peek()
		c.take(y)
		p.year = fullDateYear(y)
		return y.kind == dtNum && !y.gap && y.ndig == 2
	}
	if t.kind != dtNum || (t.ndig != 4 && t.ndig != 2) {
		return false
	}
	c.take(t)
	p.year, p.shortYear = fullDateYear(t), t.ndig == 2 && !short
	return true
}

// matchMDY matches "February 26, 2024", "Feb. 26th 2024" and the ANSI C
// "Feb 26 14:30:00 2024".
func matchMDY(c *dateCursor, p *dateParts) bool {
	if !matchMonth(c, p, true) {
		return false
	}
	d, ok := c.num(2)
	if !ok {
		return false
	}
	p.day, p.prec = d.val, PrecisionDay
	skipOrdinal(c)
	if tryPart(c, p, matchANSITail) {
		return true
	}
	c.skipPunct(",")
	c.skipRole(roleDateJoin)
	return readYear(c, p, false)
}

// matchANSITail matches the end of "Mon Jan  2 15:04:05 MST 2006".
func matchANSITail(c *dateCursor, p *dateParts) bool {
	if !matchClock(c, p, clockPlain) {
		return false
	}
	tryPart(c, p, matchZone)
	y, ok := c.num(4)
	p.year = y.val
	return ok && y.ndig == 4
}

// matchMY matches "février 2024", "April 2023", "febrero de 2024".
func matchMY(c *dateCursor, p *dateParts) bool {
	if !matchMonth(c, p, false) {
		return false
	}
	c.skipPunct(",")
	c.skipRole(roleDateJoin)
	p.day, p.prec = 1, PrecisionMonth
	return readYear(c, p, false) && !p.shortYear
}

// dateClockMode is what a time of day may look like where it is read.
type dateClockMode uint8

const (
	clockPlain  dateClockMode = iota // "14:30", "14h30", "2 pm"
	clockJoined                      // after "à", "um", "alle": also "14.30"
	clockISO                         // after "T": also "1430" and "143000"
)

// matchTimeAfter matches the time of day after a date, with its zone:
// "T14:30:00Z", ", 14:30", "à 14h30", "a las 14:30 h", "at 2:30 p.m. EST".
func matchTimeAfter(c *dateCursor, p *dateParts) bool {
	mode := clockPlain
	if t := c.peek(); t.isWord("t") && !t.gap {
		c.take(t)
		mode = clockISO
	} else {
		c.skipPunct(",-|@")
		for i := 0; i < 2 && c.skipRole(roleTimeJoin); i++ {
			mode = clockJoined
		}
	}
	if !matchClock(c, p, mode) {
		return false
	}
	tryPart(c, p, matchZone)
	return numEndOK(c.s, c.pos)
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
		if m := c.peek(); m.kind == dtNum && m.ndig == 2 {
			c.take(m)
			p.minute = clockField(m)
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
	p.hasZone, p.offset, p.zone = true, int(t.info.zone), t.info.name
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
