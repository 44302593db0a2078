package article

// This file holds the dates Lithuanian and Latvian pages write year first
// with the word for year: "2020 m. kovo 5 d." (the year, its month, the
// 5th day) and "2020. gada 5. marts" (in the year 2020, the 5th of March).
// Facts only.

// balticDateLangs are the languages of this file, keyed by tag; the
// Latvian words are in date_langs_more.go.
var balticDateLangs = map[string]dateLang{
	"lt": {
		months: [12][]string{{"sausio", "sausis"}, {"vasario", "vasaris"}, {"kovo", "kovas"},
			{"balandžio", "balandis"}, {"gegužės", "gegužė"}, {"birželio", "birželis"},
			{"liepos", "liepa"}, {"rugpjūčio", "rugpjūtis"}, {"rugsėjo", "rugsėjis"},
			{"spalio", "spalis"}, {"lapkričio", "lapkritis"}, {"gruodžio", "gruodis"}},
		weekdays: [7][]string{{"pirmadienis"}, {"antradienis"}, {"trečiadienis"},
			{"ketvirtadienis"}, {"penktadienis"}, {"šeštadienis"}, {"sekmadienis"}},
	},
}

// The words for year and day of the year-first dates: the Lithuanian
// abbreviations "m." (metai) and "d." (diena), the Latvian "gada".
const (
	lithuanianYear = "m"
	lithuanianDay  = "d"
	latvianYear    = "gada"
)

// matchYearWordDate matches "2020 m. kovo 5 d." and "2020. gada 5. marts".
func matchYearWordDate(c *dateCursor, p *dateParts) bool {
	y, ok := c.num(4)
	if !ok || y.ndig != 4 {
		return false
	}
	p.year, p.prec = y.val, PrecisionDay
	if t := c.peek(); t.isWord(lithuanianYear) {
		c.take(t)
		return matchLithuanianMonthDay(c, p)
	}
	if _, ok := c.skipGlued("."); !ok || !c.peek().isWord(latvianYear) {
		return false
	}
	c.take(c.peek())
	d, ok := c.num(2)
	if _, dot := c.skipGlued("."); !ok || !dot {
		return false
	}
	p.day = d.val
	return matchMonth(c, p, true)
}

// matchLithuanianMonthDay matches ". kovo 5 d." after the year and its
// word.
func matchLithuanianMonthDay(c *dateCursor, p *dateParts) bool {
	if _, ok := c.skipGlued("."); !ok || !matchMonth(c, p, true) {
		return false
	}
	d, ok := c.num(2)
	if !ok {
		return false
	}
	p.day = d.val
	if t := c.peek(); t.isWord(lithuanianDay) {
		c.take(t)
		c.skipGlued(".")
	}
	return true
}
