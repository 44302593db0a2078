package article

import "testing"

// TestJapaneseEraDates checks the dates counted in the years of a
// Japanese era.
func TestJapaneseEraDates(t *testing.T) {
	checkFindDates(t, [][2]string{
		{"令和2年3月5日", "2020-03-05"},
		{"公開日：令和2年3月5日（木）14時30分", "2020-03-05T14:30:00"},
		{"令和元年5月1日", "2019-05-01"},
		{"平成31年4月30日", "2019-04-30"},
		{"令和2年3月", "2020-03"},
		{"令和2年", ""},
		{"令和100年3月5日", ""},
	})
}
