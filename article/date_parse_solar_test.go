package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSolarHijriDates checks the dates of the Solar Hijri calendar, with
// the Iranian and the Afghan month names, the Persian digits, the leap
// years, and the texts that are no such date.
func TestSolarHijriDates(t *testing.T) {
	checkFindDates(t, [][2]string{
		{"۱۵ اسفند ۱۳۹۸", "2020-03-05"},
		{"پنجشنبه ۱۵ اسفند ۱۳۹۸ - ۱۴:۳۰", "2020-03-05T14:30:00"},
		{"تاریخ انتشار: ۱ فروردین ۱۳۹۹ ساعت ۱۰:۰۰", "2020-03-20T10:00:00"},
		{"۲۰ آذر ۱۴۰۲", "2023-12-11"},
		{"۵ دی ۱۴۰۰", "2021-12-26"},
		{"30 اسفند 1403", "2025-03-20"},
		{"۱۵ حوت ۱۳۹۸", "2020-03-05"},
		{"۳۰ اسفند ۱۳۹۸", ""}, // 1398 is no leap year
		{"اسفند ۱۳۹۸", ""},
		{"۵ دی ۲۰۲۱", ""},
		{"5 آذار 2020", "2020-03-05"}, // the Levantine March, not the Persian Azar
	})
}

// TestSolarToGregorian checks the calendar's arithmetic at the turns of
// years, leap and common.
func TestSolarToGregorian(t *testing.T) {
	for _, c := range []struct{ y, m, d, gy, gm, gd int }{
		{1399, 1, 1, 2020, 3, 20}, {1399, 12, 30, 2021, 3, 20}, {1400, 12, 29, 2022, 3, 20},
		{1403, 12, 30, 2025, 3, 20}, {1375, 1, 1, 1996, 3, 20}, {1404, 9, 7, 2025, 11, 28},
	} {
		gy, gm, gd := solarToGregorian(c.y, c.m, c.d)
		assert.Equal(t, [3]int{c.gy, c.gm, c.gd}, [3]int{gy, gm, gd}, "%d/%d/%d", c.y, c.m, c.d)
	}
	assert.Equal(t, 30, solarMonthDays(1399, 12))
	assert.Equal(t, 29, solarMonthDays(1398, 12))
}
