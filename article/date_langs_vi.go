package article

// This file holds the date words of Vietnamese, which writes a month as
// its number after the word "tháng" ("27 tháng 11 năm 2024", "27 Tháng
// 11, 2024"). Facts only.

// vietDateLangs are the languages that write a month as its number after
// a word, keyed by tag.
var vietDateLangs = map[string]dateLang{
	"vi": {
		monthNumbers: []string{"tháng", "thg"},
		dateJoin:     []string{"năm"},
		timeJoin:     []string{"lúc"},
		hours:        []string{"giờ"},
		lead:         []string{"ngày"},
	},
}

// matchMonthNumber matches a month written as its number after a word:
// "tháng 11". The number stands alone, after a space.
func matchMonthNumber(c *dateCursor, p *dateParts) bool {
	m := *c
	m.take(m.peek())
	t := m.peek()
	if t.kind != dtNum || !t.gap || t.ndig > 2 || t.val < 1 || t.val > 12 {
		return false
	}
	m.take(t)
	*c = m
	p.month = t.val
	return true
}
