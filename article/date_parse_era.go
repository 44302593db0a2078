package article

// This file holds the Japanese dates counted in the years of an era, as
// official and many news pages write them: "令和2年3月5日" is 5 March 2020,
// "令和元年5月1日" the first day of the era. Facts only.

// japaneseEras are the eras of the dates a page of today may give: the
// name, the name of the first year written in one word with it ("元年"),
// and the Western year before the first.
var japaneseEras = []struct {
	name, first string
	base        int
}{{"令和", "令和元年", 2018}, {"平成", "平成元年", 1988}}

// eraYear returns the Western year before the first of the era t names,
// and whether t names the first year itself ("令和元年").
func eraYear(t dateToken) (base int, first bool) {
	for _, e := range japaneseEras {
		switch {
		case t.isWord(e.name):
			return e.base, false
		case t.isWord(e.first):
			return e.base, true
		}
	}
	return 0, false
}

// matchEra matches "令和2年3月5日", "令和元年5月1日", "平成31年4月30日" and
// the month alone, "令和2年3月".
func matchEra(c *dateCursor, p *dateParts) bool {
	base, first := eraYear(c.peek())
	c.take(c.peek())
	if base == 0 {
		return false
	}
	if first {
		return matchCJKMonthDay(c, p, base+1)
	}
	y, ok := c.num(2)
	return ok && y.val > 0 && c.skipRole(roleYearUnit) && matchCJKMonthDay(c, p, base+y.val)
}
