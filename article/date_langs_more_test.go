package article

import "testing"

// TestMoreLangDates checks the day-first dates of Croatian, Slovenian,
// Estonian and Latvian, the time after the Croatian year's dot, and that
// the Croatian October, the Polish November, keeps its Polish reading.
func TestMoreLangDates(t *testing.T) {
	checkFindDates(t, [][2]string{
		{"5. ožujka 2020.", "2020-03-05"},
		{"četvrtak, 5. ožujka 2020. u 14:30", "2020-03-05T14:30:00"},
		{"5.3.2020. u 14:30", "2020-03-05T14:30:00"},
		{"Objavljeno: 12. studenoga 2020.", "2020-11-12"},
		{"5. marca 2020 ob 14.30", "2020-03-05T14:30:00"},
		{"četrtek, 5. december 2019", "2019-12-05"},
		{"5. märts 2020 kell 14:30", "2020-03-05T14:30:00"},
		{"12. detsember 2019", "2019-12-12"},
		{"ceturtdiena, 5. marts 2020 plkst. 14:30", "2020-03-05T14:30:00"},
		{"5. jūnijā 2020", "2020-06-05"},
		{"5. listopada 2020", "2020-11-05"},
	})
}
