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

// TestBalticYearFirstDates checks the Lithuanian and Latvian dates written
// year first with the word for year, and a year followed by no date.
func TestBalticYearFirstDates(t *testing.T) {
	checkFindDates(t, [][2]string{
		{"2020 m. kovo 5 d.", "2020-03-05"},
		{"2020 m. lapkričio 12 d., 08:15", "2020-11-12T08:15:00"},
		{"Paskelbta: 2020 m. gegužės 21 d. 14:30", "2020-05-21T14:30:00"},
		{"5 kovo 2020", "2020-03-05"},
		{"2020. gada 5. martā", "2020-03-05"},
		{"2020. gada 12. novembris", "2020-11-12"},
		{"2020 m. ilgio trasa", ""},
		{"2020. gada budžets", ""},
	})
}

// TestWorldMonthDates checks the month names of Swahili, Filipino,
// Albanian, Azerbaijani, Uzbek, Icelandic, Kazakh, Macedonian, Georgian
// and Armenian, with the Kazakh and Armenian marks of the year.
func TestWorldMonthDates(t *testing.T) {
	checkFindDates(t, [][2]string{
		{"Alhamisi, 5 Machi 2020", "2020-03-05"},
		{"Nobyembre 12, 2020", "2020-11-12"},
		{"12 nëntor 2020", "2020-11-12"},
		{"5 avqust 2020", "2020-08-05"},
		{"5-mart 2020-yil", "2020-03-05"},
		{"12. nóvember 2020", "2020-11-12"},
		{"5 наурыз 2020 ж., 14:30", "2020-03-05T14:30:00"},
		{"12 октомври 2020", "2020-10-12"},
		{"12 ნოემბერი, 2020", "2020-11-12"},
		{"5 სექტემბრის 2020", "2020-09-05"},
		{"5 մարտի 2020 թ., 14:30", "2020-03-05T14:30:00"},
	})
}
