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
	minWebYear    = 1995    // earliest year of a web page's date
	maxZoneOffset = 14 * 60 // largest UTC offset, in minutes
)

// ParseDate reads s as a date, with its time of day when s gives one. s may
// wrap the date in a few words without digits ("Publié le", "Updated", "Mis
// à jour le", a weekday); it may not hold anything else. Dates are read in
// RFC 3339 and ISO 8601 forms, in the RFC 1123, 850 and ANSI C forms of
// HTTP and RSS, as numbers ("26/02/2024", "26. 2. 2024", and year first:
// "2024.02.26", "2024. 2. 26.") and in words ("26 février 2024", "Feb. 26,
// 2024 at 2:30 p.m. EST", "26 февраля 2024 г.", "2024. február 26.",
// "2024年2月26日 14:30", "2024년 2월 26일", "2020 m. kovo 5 d.") in English,
// French, German, Spanish, Italian, Portuguese, Dutch, Catalan, Swedish,
// Danish, Norwegian, Finnish, Polish, Czech, Slovak, Romanian, Hungarian,
// Turkish, Azerbaijani, Uzbek, Indonesian, Malay, Filipino, Swahili,
// Albanian, Icelandic, Serbian, Macedonian, Russian, Ukrainian, Bulgarian,
// Kazakh, Greek, Georgian, Armenian, Lithuanian, Latvian, Arabic (the
// Egyptian, Levantine and Maghreb month names), Persian, Urdu, Hebrew,
// Hindi, Marathi, Bengali, Gujarati, Punjabi, Tamil, Telugu, Kannada,
// Malayalam, Thai, Chinese, Japanese and Korean, with the years of the
// Japanese eras and of the Buddhist era ("5 มี.ค. 2563"), and in the Solar
// Hijri calendar ("۱۵ اسفند ۱۳۹۸"). Digits may be ASCII, Arabic-Indic,
// Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Thai or full-width.
// Numbers with the day first or second are read day first, unless the
// second number is over 12; ParseDateIn reads them month first in American
// English. A year alone is read only when s is exactly four digits. Raw is
// set to s without its surrounding space. ParseDate reports false for
// anything else, including impossible dates and years outside 1900..2100,
// and for texts longer than 512 bytes.
func ParseDate(s string) (Date, bool) { return parseDate(s, false) }

// ParseDateIn is ParseDate for a text written in the language lang, a BCP 47
// tag such as "en-US" or "fr". In English ("en", "en-US", "en-PH"), an
// ambiguous all-number date is read month first: "12-01-2024" is December 1,
// unless dots part it: "02.12.19" is day first wherever it is written (the
// dotted date is that of the countries that write the day first, and pages
// of many of them keep their CMS's default tag "en-US").
// Other English tags ("en-GB", "en-IN") and other languages read it day first,
// as ParseDate does. Every language's month names are read whatever lang is.
func ParseDateIn(s, lang string) (Date, bool) { return parseDate(s, monthFirstLang(lang)) }

// monthFirstLang reports whether the language tag lang writes numeric dates
// month first: English with no region, as most English pages are
// American, or with a region that writes them so.
func monthFirstLang(lang string) bool {
	lang = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
	switch lang {
	case "en", "en-us", "en-ph", "en-as", "en-gu", "en-mp", "en-pr", "en-um", "en-vi":
		return true
	}
	return false
}

func parseDate(s string, monthFirst bool) (Date, bool) {
	raw := strings.TrimSpace(s)
	if len(raw) > maxDateText {
		return Date{}, false
	}
	if y, ok := bareDateYear(raw); ok {
		return Date{Time: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionYear, Raw: raw}, true
	}
	p, start, end, ok := findDate(raw, true, monthFirst)
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
func FindDate(s string) (d Date, start, end int, ok bool) { return findDateIn(s, false) }

// FindDateIn is FindDate for a text written in the language lang, a BCP 47
// tag: as ParseDateIn, it reads an ambiguous all-number date month first in
// American English ("en", "en-US"), day first otherwise.
func FindDateIn(s, lang string) (d Date, start, end int, ok bool) {
	return findDateIn(s, monthFirstLang(lang))
}

func findDateIn(s string, monthFirst bool) (Date, int, int, bool) {
	p, start, end, ok := findDate(s, false, monthFirst)
	if !ok {
		return Date{}, 0, 0, false
	}
	return p.date(strings.Clone(s[start:end])), start, end, true
}

// findDate tries to match a date at each token of s that can start one.
// whole means s is meant to be a date, which allows "2024-02" alone;
// monthFirst reads "12/01/2024" as December 1.
func findDate(s string, whole, monthFirst bool) (dateParts, int, int, bool) {
	c := dateCursor{s: s, whole: whole, monthFirst: monthFirst}
	for {
		t := c.peek()
		if t.kind == dtEnd {
			return dateParts{}, 0, 0, false
		}
		if t.kind == dtNum || t.is(roleMonth|roleWeekday|roleMonthLead|roleEra) {
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
	buddhist             bool // the month is Thai: the year may count from the Buddhist era
	solar                bool // the month is one of the Solar Hijri calendar, as the day and year
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
		if matchStart(&m, &p, start) && p.fromSolar() && p.valid() {
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
		if numStartOK(c.s, t.start) && matchNumberFirst(c, p) {
			return true
		}
		return !gluedToLetter(c.s, t.start) && tryPart(c, p, matchDMY)
	case t.is(roleMonth | roleMonthLead):
		return tryPart(c, p, matchMDY) || tryPart(c, p, matchMY)
	case t.is(roleEra):
		return tryPart(c, p, matchEra)
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
		if d.ndig > 2 || strict && !numEndOK(c.s, c.pos) {
			return false
		}
		if sep == '.' {
			c.skipGlued(".") // the Korean and Hungarian "2024.02.26."
		}
		return true
	}
	p.day, p.prec = 1, PrecisionMonth
	return c.whole && y.start == 0 && c.pos == len(c.s) && sep == '-' && m.ndig == 2
}

// matchNumeric matches "26/02/2024", "26.02.2024", "26-02-24" and, when the
// day comes second and is over 12 or the cursor reads month first and the
// date is not dotted, "02/26/2024".
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
	if b.val > 12 || c.monthFirst && sep != '.' && a.val <= 12 {
		p.day, p.month = b.val, a.val
	}
	p.year, p.prec = fullDateYear(y), PrecisionDay
	if !numEndOK(c.s, c.pos) {
		return false
	}
	skipYearMark(c)
	return true
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
	skipDateJoin(c)
	if !matchMonth(c, p, true) {
		return false
	}
	c.skipGlued(".")
	c.skipPunct(",-/")
	skipDateJoin(c)
	if p.buddhist {
		skipThaiEra(c)
	}
	p.prec = PrecisionDay
	return readYear(c, p, sep == '-' || sep == '/')
}

// skipDateJoin consumes a word between day, month and year, and the
// apostrophe of an elided one: "de", "del", the Catalan "d'abril".
func skipDateJoin(c *dateCursor) {
	if c.skipRole(roleDateJoin) {
		return
	}
	t := c.peek()
	if t.kind != dtWord || t.end-t.start != 1 || c.s[t.start]|0x20 != 'd' {
		return
	}
	m := *c
	m.take(t)
	if _, ok := m.skipGlued("'"); ok {
		*c = m
	}
}

// skipOrdinal consumes the suffix of an ordinal day: "1er", "26th", "1º".
func skipOrdinal(c *dateCursor) {
	t := c.peek()
	if !t.gap && (t.is(roleOrdinal) || t.isPunct("o")) {
		c.take(t)
	}
}

// matchMonth matches a month name and its abbreviation dot, and the same
// month in another name after it ("شباط/فبراير"). weak allows the month
// names that are also common words, when a day is next to them.
func matchMonth(c *dateCursor, p *dateParts, weak bool) bool {
	if t := c.peek(); !weak && t.is(roleWeakMonth) || !matchMonthName(c, p) {
		return false
	}
	tryPart(c, p, matchMonthAlias)
	return true
}

// matchMonthName matches one month name: "février", "févr.", "كانون الثاني".
func matchMonthName(c *dateCursor, p *dateParts) bool {
	t := c.peek()
	switch {
	case t.is(roleMonth):
		c.take(t)
		c.skipGlued(".")
		p.month, p.buddhist = int(t.info.month), isThai(c.s[t.start:])
		return true
	case t.is(roleMonthNum):
		return matchMonthNumber(c, p)
	case t.is(roleSolarMonth):
		c.take(t)
		p.month, p.solar = int(t.info.month), true
		return true
	case !t.is(roleMonthLead):
		return matchThaiMonthAbbr(c, p, t)
	}
	c.take(t)
	part := c.peek()
	if !part.is(roleMonthPart) || part.info.month < 1 || part.info.month > 2 {
		return false
	}
	c.take(part)
	p.month = int(t.info.pair[part.info.month-1])
	return true
}

// matchMonthAlias matches the other name of the month p holds, after a slash
// or in brackets: "شباط/فبراير", "شباط (فبراير)".
func matchMonthAlias(c *dateCursor, p *dateParts) bool {
	open, _ := c.skipPunct("/(")
	q := dateParts{}
	if open == 0 || !matchMonthName(c, &q) || q.month != p.month {
		return false
	}
	if open == '(' {
		_, ok := c.skipPunct(")")
		return ok
	}
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
	if p.buddhist {
		p.year = buddhistYear(t)
	}
	skipYearMark(c)
	return true
}

// skipYearMark consumes a word written after a year and its dot: "2024 г.",
// "2024 р.", "2024 r.", "2024 roku", "2024 م".
func skipYearMark(c *dateCursor) {
	if c.skipRole(roleYearMark) {
		c.skipGlued(".")
	}
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
