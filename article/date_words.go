package article

import (
	"strings"
	"unicode/utf8"
)

// This file holds the index of the words dates are written with, built once
// from the tables of date_langs.go and date_langs_scripts.go.

// dateLang is how one language writes dates. Words are written as the lexer
// folds them, or in their usual spelling, which the index folds: lower case,
// without the accents of Latin and Greek letters.
type dateLang struct {
	months   [12][]string // full names, genitive forms and abbreviations, January first
	weekdays [7][]string  // full names and abbreviations, Monday first
	ordinals []string     // suffixes glued to a day number: "1er", "26th"
	dateJoin []string     // words between day, month and year: "26 de febrero"
	timeJoin []string     // words between a date and its time: "à 14h30"
	hours    []string     // words after an hour: "14h30", "14 Uhr", "14時30分"
	lead     []string     // words between a time and the date after it
	// yearMarks are words after a year: "2024 г.", "2024 r.", "2024 م".
	yearMarks []string
	// am and pm are words after a time of day: "4:23 PM", "4:23 م".
	am, pm []string
	// amBefore and pmBefore are words before a time of day: "午後2時", "오후 2:30".
	amBefore, pmBefore []string
	// units are the marks of year, month and day written after their
	// numbers: "2024年2月26日".
	units [3][]string
	// monthPrefixes are glued before month names: the Hebrew "בפברואר".
	monthPrefixes []string
	// monthNumbers are words before a month written as its number: the
	// Vietnamese "27 tháng 11 năm 2024".
	monthNumbers []string
}

// dateLangs are the languages dates are read in, keyed by language tag.
var dateLangs = joinDateLangs(latinDateLangs, scriptDateLangs, indicDateLangs, vietDateLangs, moreDateLangs,
	thaiDateLangs, balticDateLangs, worldDateLangs)

func joinDateLangs(sets ...map[string]dateLang) map[string]dateLang {
	all := make(map[string]dateLang)
	for _, set := range sets {
		for tag, l := range set {
			all[tag] = l
		}
	}
	return all
}

// weakMonthNames are month abbreviations that are also common words in another
// language ("out", "set", "ago", "des"). They count as months only next to a day.
var weakMonthNames = []string{"out", "set", "ago", "gen", "mag", "lug", "des", "mac", "noi", "ag",
	"sie", "lis", "sub", "haz", "tem", "kas", "ara", "лист", "آب", "مه", "ماي",
	// The Indic names of May fold to one letter: the Marathi मे is the Hindi में ("in").
	"मे", "મે", "மே", "మే", "ಮೇ"}

// dateBareWords are words the patterns compare tokens with ("T" of RFC 3339,
// "p. m.", "segunda-feira", the Catalan "d'", the Lithuanian "d." and the
// Latvian "gada") that have no role of their own.
var dateBareWords = []string{"t", "a", "p", "m", "z", "feira", lithuanianDay, latvianYear}

// dateMonthPairs are the month names of two words of the Levantine Arabic
// calendar: "كانون الثاني" is January, "كانون الأول" December. The lead word
// gives the month its second word picks, first (الأول) or second (الثاني).
var dateMonthPairs = []struct {
	lead          string
	first, second int8
}{{"كانون", 12, 1}, {"تشرين", 10, 11}}

// dateMonthPairParts are the second words of dateMonthPairs: 1 is the first, 2
// the second.
var dateMonthPairParts = map[string]int8{"الأول": 1, "أول": 1, "الثاني": 2, "ثاني": 2}

// dateZones are the zone abbreviations read after a time, with their UTC
// offsets in minutes. Ambiguous ones ("IST", "ET", "AST") are left out.
var dateZones = map[string]int{
	"z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0,
	"cet": 60, "met": 60, "mez": 60, "west": 60, "bst": 60, "wat": 60,
	"cest": 120, "mest": 120, "mesz": 120, "eet": 120, "sast": 120,
	"eest": 180, "msk": 180, "мск": 180, "trt": 180, "eat": 180,
	"est": -300, "edt": -240, "cst": -360, "cdt": -300,
	"mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
	"akst": -540, "akdt": -480, "hst": -600, "brt": -180, "art": -180,
	"pkt": 300, "ict": 420, "wib": 420, "wita": 480, "wit": 540, "myt": 480, "pht": 480,
	"jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "awst": 480,
	"aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
}

// dateZoneNames are the names of dateZones in capitals, keyed by folded word.
var dateZoneNames = func() map[string]string {
	m := make(map[string]string, len(dateZones))
	for w := range dateZones {
		m[w] = strings.ToUpper(w)
	}
	return m
}()

// dateRole is a bit set of the parts a word can play in a date.
type dateRole uint32

const (
	roleMonth dateRole = 1 << iota
	roleWeakMonth
	roleWeekday
	roleWeakWeekday
	roleOrdinal
	roleDateJoin
	roleTimeJoin
	roleHour
	roleLead
	roleZone
	roleAM
	rolePM
	roleAMBefore
	rolePMBefore
	roleYearMark
	roleYearUnit
	roleMonthUnit
	roleDayUnit
	roleMonthLead  // the first word of a month of dateMonthPairs
	roleMonthPart  // the second word of a month of dateMonthPairs
	roleMonthNum   // a word before a month written as its number
	roleEra        // the name of a Japanese era, before its year: "令和"
	roleSolarMonth // a month of the Solar Hijri calendar: "اسفند"
)

// dateWordInfo is what a folded word means in dates.
type dateWordInfo struct {
	roles dateRole
	month int8    // 1..12 when roles has roleMonth; 1 or 2 for roleMonthPart
	pair  [2]int8 // the months of a roleMonthLead word, after its first and second part
	zone  int16   // UTC offset in minutes when roles has roleZone
	id    uint16  // the index of the word in dateWordList, from 1
}

// dateWords indexes every word of dateLangs and dateZones.
var dateWords = buildDateWords()

// dateWordList lists the words of dateWords by id, the first one empty.
// Tokens hold ids rather than strings to stay free of pointers, which makes
// copying them cheap.
var dateWordList = func() []string {
	l := make([]string, len(dateWords)+1)
	for w, info := range dateWords {
		l[info.id] = w
	}
	return l
}()

// dateWordFilter[0][n][f] has bit l%32 set when dateWords has a word of n
// bytes whose first and last bytes are f and l modulo 32; dateWordFilter[1]
// is the same for the second and the last but one bytes. It spares
// lexDateWord most map lookups.
var dateWordFilter = func() (f [2][maxDateWord + 1][32]uint32) {
	for w := range dateWords {
		n := len(w)
		f[0][n][w[0]&31] |= 1 << (w[n-1] & 31)
		if n > 1 {
			f[1][n][w[1]&31] |= 1 << (w[n-2] & 31)
		}
	}
	return f
}()

// mayBeDateWord reports whether dateWordFilter lets w be a word of dateWords.
func mayBeDateWord(w []byte) bool {
	n := len(w)
	if n == 0 || dateWordFilter[0][n][w[0]&31]&(1<<(w[n-1]&31)) == 0 {
		return false
	}
	return n == 1 || dateWordFilter[1][n][w[1]&31]&(1<<(w[n-2]&31)) != 0
}

// dateWordIndex builds dateWords.
type dateWordIndex map[string]dateWordInfo

func (m dateWordIndex) add(w string, r dateRole) string {
	w = foldDateWord(w)
	i, ok := m[w]
	if !ok {
		i.id = uint16(len(m) + 1)
	}
	i.roles |= r
	m[w] = i
	return w
}

func (m dateWordIndex) addAll(words []string, r dateRole) {
	for _, w := range words {
		m.add(w, r)
	}
}

func (m dateWordIndex) addMonth(w string, month int, prefixes []string) {
	for _, p := range append([]string{""}, prefixes...) {
		k := m.add(p+w, roleMonth)
		info := m[k]
		info.month = int8(month)
		m[k] = info
	}
}

func (m dateWordIndex) addLang(l dateLang) {
	for i, names := range l.months {
		for _, w := range names {
			m.addMonth(w, i+1, l.monthPrefixes)
		}
	}
	for _, names := range l.weekdays {
		for _, w := range names {
			if utf8.RuneCountInString(w) <= 2 {
				m.add(w, roleWeakWeekday)
			}
			m.add(w, roleWeekday)
		}
	}
	m.addAll(l.ordinals, roleOrdinal)
	m.addAll(l.dateJoin, roleDateJoin)
	m.addAll(l.timeJoin, roleTimeJoin)
	m.addAll(l.hours, roleHour)
	m.addAll(l.lead, roleLead)
	m.addAll(l.yearMarks, roleYearMark)
	m.addAll(l.am, roleAM)
	m.addAll(l.pm, rolePM)
	m.addAll(l.amBefore, roleAMBefore)
	m.addAll(l.pmBefore, rolePMBefore)
	m.addAll(l.units[0], roleYearUnit)
	m.addAll(l.units[1], roleMonthUnit)
	m.addAll(l.units[2], roleDayUnit)
	m.addAll(l.monthNumbers, roleMonthNum)
}

func buildDateWords() map[string]dateWordInfo {
	m := make(dateWordIndex, 1024)
	for _, l := range dateLangs {
		m.addLang(l)
	}
	m.addAll(weakMonthNames, roleWeakMonth)
	m.addSolarMonths()
	for _, e := range japaneseEras {
		m.add(e.name, roleEra)
		m.add(e.first, roleEra)
	}
	m.addAll(dateBareWords, 0)
	for _, p := range dateMonthPairs {
		k := m.add(p.lead, roleMonthLead)
		info := m[k]
		info.pair = [2]int8{p.first, p.second}
		m[k] = info
	}
	for w, part := range dateMonthPairParts {
		k := m.add(w, roleMonthPart)
		info := m[k]
		info.month = part
		m[k] = info
	}
	for w, off := range dateZones {
		k := m.add(w, roleZone)
		info := m[k]
		info.zone = int16(off)
		m[k] = info
	}
	return m
}

// foldDateWord folds a word of the tables as lexDateWord folds the text.
func foldDateWord(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			b.WriteByte(c | 0x20)
			i++
			continue
		}
		f, r, _, size := foldDateLetter(w[i:])
		if size == 0 {
			_, size = utf8.DecodeRuneInString(w[i:])
		}
		i += size
		switch {
		case f != "":
			b.WriteString(f)
		case r > 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
