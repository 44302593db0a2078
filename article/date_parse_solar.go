package article

// This file holds the dates of the Solar Hijri calendar, which Iranian and
// Afghan pages print: "۱۵ اسفند ۱۳۹۸" is 5 March 2020. Its years start at
// the March equinox, its first six months have 31 days, the next five 30
// and the last 29, or 30 in a leap year. Iran names the months in Persian,
// Afghanistan after the signs of the zodiac (حوت is اسفند). The months are
// read only between a day and a year of the calendar. Facts only.

// solarHijriMonths are the month names of the Solar Hijri calendar, the
// first (Farvardin, Hamal) first: the Iranian names, then the Afghan ones.
var solarHijriMonths = [12][]string{{"فروردین", "حمل"}, {"اردیبهشت", "ثور"}, {"خرداد", "جوزا"},
	{"تیر", "سرطان"}, {"مرداد", "امرداد", "اسد"}, {"شهریور", "سنبله"}, {"مهر", "میزان"},
	{"آبان", "عقرب"}, {"آذر", "قوس"}, {"دی", "جدی"}, {"بهمن", "دلو"}, {"اسفند", "حوت"}}

// Bounds of the Solar Hijri years read: those that fall in 1900 to 2100.
const (
	minSolarYear = minDateYear - 621
	maxSolarYear = maxDateYear - 622
)

// addSolarMonths adds the month names of the Solar Hijri calendar to the
// index.
func (m dateWordIndex) addSolarMonths() {
	for i, names := range solarHijriMonths {
		for _, w := range names {
			k := m.add(w, roleSolarMonth)
			info := m[k]
			info.month = int8(i + 1)
			m[k] = info
		}
	}
}

// fromSolar turns p, when it was written in the Solar Hijri calendar, into
// the Gregorian day, and reports whether p is a date: a Solar Hijri date
// must give its day, in a year of the bounds.
func (p *dateParts) fromSolar() bool {
	if !p.solar {
		return true
	}
	if p.prec < PrecisionDay || p.year < minSolarYear || p.year > maxSolarYear || p.day < 1 ||
		p.day > solarMonthDays(p.year, p.month) {
		return false
	}
	p.year, p.month, p.day = solarToGregorian(p.year, p.month, p.day)
	p.solar = false
	return true
}

// solarMonthDays returns the number of days of the month m of the Solar
// Hijri year y: the last month has 30 days in a leap year.
func solarMonthDays(y, m int) int {
	switch {
	case m <= 6:
		return 31
	case m <= 11:
		return 30
	}
	return solarDayNumber(y+1, 1, 1) - solarDayNumber(y, 12, 1)
}

// solarDayNumber returns the number of the Solar Hijri day y/m/d in a count
// of days that solarToGregorian reads (the 33-year cycle of the Iranian
// calendar, which agrees with it from 1178 to 1633, as Borkowski and the
// jalaali libraries compute it).
func solarDayNumber(y, m, d int) int {
	y += 1595
	days := -355668 + 365*y + y/33*8 + (y%33+3)/4 + d
	if m < 7 {
		return days + (m-1)*31
	}
	return days + (m-7)*30 + 186
}

// solarToGregorian returns the Gregorian day of the Solar Hijri day y/m/d.
func solarToGregorian(y, m, d int) (int, int, int) {
	days := solarDayNumber(y, m, d)
	gy := 400 * (days / 146097)
	days %= 146097
	if days > 36524 {
		days--
		gy += 100 * (days / 36524)
		days %= 36524
		if days >= 365 {
			days++
		}
	}
	gy += 4 * (days / 1461)
	days %= 1461
	if days > 365 {
		gy += (days - 1) / 365
		days = (days - 1) % 365
	}
	gd := days + 1
	monthDays := [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if gy%4 == 0 && gy%100 != 0 || gy%400 == 0 {
		monthDays[1] = 29
	}
	gm := 0
	for gm < 11 && gd > monthDays[gm] {
		gd -= monthDays[gm]
		gm++
	}
	return gy, gm + 1, gd
}
