package article

import "testing"

// TestThaiDates checks the Thai month names and their dotted
// abbreviations, the years of the Buddhist era, with or without the name
// of their era, the Common era's, and the Thai digits.
func TestThaiDates(t *testing.T) {
	checkFindDates(t, [][2]string{
		{"5 มีนาคม 2563", "2020-03-05"},
		{"วันพฤหัสบดีที่ 5 มีนาคม พ.ศ. 2563", "2020-03-05"},
		{"5 มี.ค. 2563", "2020-03-05"},
		{"1 ม.ค. 2563", "2020-01-01"},
		{"30 มิ.ย. 2563", "2020-06-30"},
		{"5 มี.ค. 63 14:30 น.", "2020-03-05T14:30:00"},
		{"๕ มีนาคม ๒๕๖๓", "2020-03-05"},
		{"5 มีนาคม ค.ศ. 2020", "2020-03-05"},
		{"5 มีนาคม 2020", "2020-03-05"},
		{"วันที่ 5 มีนาคม 2563 เวลา 14:30 น.", "2020-03-05T14:30:00"},
		{"อัปเดต 5 ธ.ค. 2563 | 14:30 น.", "2020-12-05T14:30:00"},
		{"5 มี.ค. 63", ""},
		{"5 มีนาคมนี้", ""},
	})
}
