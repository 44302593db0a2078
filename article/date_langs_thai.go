package article

import "strings"

// This file holds the date words of Thai and the Buddhist era Thai pages
// count their years in: "5 มีนาคม 2563" is 5 March 2020, the year 2563 of
// the era being 2020 (543 years apart). The era may be named before the
// year ("พ.ศ. 2563"), as the Common era is ("ค.ศ. 2020"). The months are
// also written as dotted abbreviations ("5 มี.ค. 2563"), which the word
// index cannot hold: it drops the vowel signs, and "มี.ค." (March) would
// fold as "ม.ค." (January). Facts only.

// thaiDateLangs are the languages written in the Thai script, keyed by tag.
var thaiDateLangs = map[string]dateLang{
	"th": {
		months: [12][]string{{"มกราคม"}, {"กุมภาพันธ์"}, {"มีนาคม"}, {"เมษายน"}, {"พฤษภาคม"},
			{"มิถุนายน"}, {"กรกฎาคม"}, {"สิงหาคม"}, {"กันยายน"}, {"ตุลาคม"}, {"พฤศจิกายน"},
			{"ธันวาคม"}},
		weekdays: [7][]string{{"จันทร์"}, {"อังคาร"}, {"พุธ"}, {"พฤหัสบดี", "พฤหัส"}, {"ศุกร์"},
			{"เสาร์"}, {"อาทิตย์"}},
		timeJoin: []string{"เวลา"},
		hours:    []string{"น"},
	},
}

// thaiMonthAbbrs are the dotted abbreviations of the Thai months, January
// first, as written.
var thaiMonthAbbrs = [12]string{"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
	"ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."}

// thaiEraMarks are the names of the eras written before a Thai year: the
// Buddhist and the Common era.
var thaiEraMarks = []string{"พ.ศ.", "ค.ศ."}

// Bounds of the years of the Buddhist era read: those of 1900 to 2100.
const (
	buddhistEraOffset = 543
	minBuddhistYear   = minDateYear + buddhistEraOffset
	maxBuddhistYear   = maxDateYear + buddhistEraOffset
)

// isThai reports whether s starts with a letter of the Thai script
// (U+0E00 to U+0E7F, which UTF-8 writes E0 B8 xx and E0 B9 xx).
func isThai(s string) bool {
	return len(s) >= 3 && s[0] == 0xE0 && (s[1] == 0xB8 || s[1] == 0xB9)
}

// matchThaiMonthAbbr matches a dotted abbreviation of a Thai month at the
// word token t.
func matchThaiMonthAbbr(c *dateCursor, p *dateParts, t dateToken) bool {
	rest := c.s[t.start:]
	if !isThai(rest) {
		return false
	}
	for i, a := range thaiMonthAbbrs {
		if strings.HasPrefix(rest, a) {
			c.pos = t.start + len(a)
			p.month, p.buddhist = i+1, true
			return true
		}
	}
	return false
}

// skipThaiEra skips the name of an era written before a Thai year.
func skipThaiEra(c *dateCursor) {
	t := c.peek()
	if t.kind != dtWord || !isThai(c.s[t.start:]) {
		return
	}
	for _, m := range thaiEraMarks {
		if strings.HasPrefix(c.s[t.start:], m) {
			c.pos = t.start + len(m)
			return
		}
	}
}

// buddhistYear returns the year of the Common era a year y read after a
// Thai month stands for: y less the offset when it is a year of the
// Buddhist era, y itself when it is a year of the Common era; a year of
// two digits ("63") is the end of a year of the Buddhist era.
func buddhistYear(y dateToken) int {
	switch {
	case y.ndig == 2:
		return 2500 + y.val - buddhistEraOffset
	case y.val >= minBuddhistYear && y.val <= maxBuddhistYear:
		return y.val - buddhistEraOffset
	}
	return y.val
}
