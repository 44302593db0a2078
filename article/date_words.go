package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the words dates are written with and the lexer that cuts
// text into the tokens the date patterns of date_parse.go match.

// dateLang is how one language writes dates. Every word is folded: lower
// case ASCII with accents removed, as foldDateLetter makes it.
type dateLang struct {
	months   [12][]string // full names and abbreviations, January first
	weekdays [7][]string  // full names and abbreviations, Monday first
	ordinals []string     // suffixes glued to a day number: "1er", "26th"
	dateJoin []string     // words between day, month and year: "26 de febrero"
	timeJoin []string     // words between a date and its time: "à 14h30"
	hours    []string     // words after an hour: "14h30", "14 Uhr"
	lead     []string     // words between a time and the date after it
}

// dateLangs are the languages dates are read in, keyed by language tag.
var dateLangs = map[string]dateLang{
	"en": {
		months: [12][]string{{"january", "jan"}, {"february", "feb"}, {"march", "mar"},
			{"april", "apr"}, {"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
			{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"}},
		weekdays: [7][]string{{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
			{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}},
		ordinals: []string{"st", "nd", "rd", "th"},
		dateJoin: []string{"of"},
		timeJoin: []string{"at"},
		hours:    []string{"hrs", "hr"},
		lead:     []string{"on"},
	},
	"fr": {
		months: [12][]string{{"janvier", "janv", "jan"}, {"fevrier", "fevr", "fev"}, {"mars", "mar"},
			{"avril", "avr"}, {"mai"}, {"juin"}, {"juillet", "juil"}, {"aout"},
			{"septembre", "sept", "sep"}, {"octobre", "oct"}, {"novembre", "nov"}, {"decembre", "dec"}},
		weekdays: [7][]string{{"lundi", "lun"}, {"mardi", "mar"}, {"mercredi", "mer"},
			{"jeudi", "jeu"}, {"vendredi", "ven"}, {"samedi", "sam"}, {"dimanche", "dim"}},
		ordinals: []string{"er", "re"},
		timeJoin: []string{"a"},
		hours:    []string{"h", "heures", "heure"},
		lead:     []string{"le"},
	},
	"de": {
		months: [12][]string{{"januar", "janner", "jan"}, {"februar", "feber", "feb"}, {"marz", "maerz", "mar"},
			{"april", "apr"}, {"mai"}, {"juni", "jun"}, {"juli", "jul"}, {"august", "aug"},
			{"september", "sep", "sept"}, {"oktober", "okt"}, {"november", "nov"}, {"dezember", "dez"}},
		weekdays: [7][]string{{"montag", "mo"}, {"dienstag", "di"}, {"mittwoch", "mi"},
			{"donnerstag", "do"}, {"freitag", "fr"}, {"samstag", "sonnabend", "sa"}, {"sonntag", "so"}},
		dateJoin: []string{"den"},
		timeJoin: []string{"um"},
		hours:    []string{"h", "uhr"},
		lead:     []string{"am"},
	},
	"es": {
		months: [12][]string{{"enero", "ene"}, {"febrero", "feb"}, {"marzo", "mar"},
			{"abril", "abr"}, {"mayo", "may"}, {"junio", "jun"}, {"julio", "jul"}, {"agosto", "ago"},
			{"septiembre", "setiembre", "sept", "sep", "set"}, {"octubre", "oct"}, {"noviembre", "nov"}, {"diciembre", "dic"}},
		weekdays: [7][]string{{"lunes", "lun"}, {"martes", "mar"}, {"miercoles", "mie"},
			{"jueves", "jue"}, {"viernes", "vie"}, {"sabado", "sab"}, {"domingo", "dom"}},
		ordinals: []string{"o"},
		dateJoin: []string{"de", "del"},
		timeJoin: []string{"a", "las", "la"},
		hours:    []string{"h", "hs", "horas"},
		lead:     []string{"el"},
	},
	"it": {
		months: [12][]string{{"gennaio", "gen"}, {"febbraio", "feb"}, {"marzo", "mar"},
			{"aprile", "apr"}, {"maggio", "mag"}, {"giugno", "giu"}, {"luglio", "lug"}, {"agosto", "ago"},
			{"settembre", "sett", "set"}, {"ottobre", "ott"}, {"novembre", "nov"}, {"dicembre", "dic"}},
		weekdays: [7][]string{{"lunedi", "lun"}, {"martedi", "mar"}, {"mercoledi", "mer"},
			{"giovedi", "gio"}, {"venerdi", "ven"}, {"sabato", "sab"}, {"domenica", "dom"}},
		ordinals: []string{"o"},
		timeJoin: []string{"alle", "ore"},
		hours:    []string{"h"},
		lead:     []string{"il"},
	},
	"pt": {
		months: [12][]string{{"janeiro", "jan"}, {"fevereiro", "fev"}, {"marco", "mar"},
			{"abril", "abr"}, {"maio", "mai"}, {"junho", "jun"}, {"julho", "jul"}, {"agosto", "ago"},
			{"setembro", "set"}, {"outubro", "out"}, {"novembro", "nov"}, {"dezembro", "dez"}},
		weekdays: [7][]string{{"segunda", "seg"}, {"terca", "ter"}, {"quarta", "qua"},
			{"quinta", "qui"}, {"sexta", "sex"}, {"sabado", "sab"}, {"domingo", "dom"}},
		ordinals: []string{"o"},
		dateJoin: []string{"de"},
		timeJoin: []string{"as", "a"},
		hours:    []string{"h", "hs", "horas"},
		lead:     []string{"em"},
	},
	"nl": {
		months: [12][]string{{"januari", "jan"}, {"februari", "feb"}, {"maart", "mrt", "mar"},
			{"april", "apr"}, {"mei"}, {"juni", "jun"}, {"juli", "jul"}, {"augustus", "aug"},
			{"september", "sep", "sept"}, {"oktober", "okt"}, {"november", "nov"}, {"december", "dec"}},
		weekdays: [7][]string{{"maandag", "ma"}, {"dinsdag", "di"}, {"woensdag", "wo"},
			{"donderdag", "do"}, {"vrijdag", "vr"}, {"zaterdag", "za"}, {"zondag", "zo"}},
		ordinals: []string{"e", "ste", "de"},
		timeJoin: []string{"om"},
		hours:    []string{"uur"},
		lead:     []string{"op"},
	},
}

// weakMonthNames are month abbreviations that are also common words in another
// language ("out", "set", "ago"). They count as months only next to a day.
var weakMonthNames = []string{"out", "set", "ago", "gen", "mag", "lug"}

// dateZones are the zone abbreviations read after a time, with their UTC
// offsets in minutes. Ambiguous ones ("IST", "ET") are left out.
var dateZones = map[string]int{
	"z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0,
	"cet": 60, "met": 60, "mez": 60, "west": 60, "bst": 60,
	"cest": 120, "mest": 120, "mesz": 120, "eet": 120, "sast": 120,
	"eest": 180, "msk": 180,
	"est": -300, "edt": -240, "cst": -360, "cdt": -300,
	"mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
	"akst": -540, "akdt": -480, "hst": -600,
	"jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "awst": 480,
	"aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
}

// dateRole is a bit set of the parts a word can play in a date.
type dateRole uint16

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
)

// dateWordInfo is what a folded word means in dates.
type dateWordInfo struct {
	roles dateRole
	month int8   // 1..12 when roles has roleMonth
	zone  int16  // UTC offset in minutes when roles has roleZone
	name  string // the zone abbreviation, upper case
}

// dateWords indexes every word of dateLangs and dateZones.
var dateWords = buildDateWords()

// dateWordFilter[n][f] has bit l set when dateWords has a word of length n
// whose first and last letters are 'a'+f and 'a'+l. It spares lexDateWord most
// map lookups.
var dateWordFilter = func() (f [maxDateWord + 1][26]uint32) {
	for w := range dateWords {
		f[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	return f
}()

func buildDateWords() map[string]dateWordInfo {
	m := make(map[string]dateWordInfo, 512)
	add := func(w string, r dateRole) { i := m[w]; i.roles |= r; m[w] = i }
	for _, l := range dateLangs {
		for i, names := range l.months {
			for _, w := range names {
				add(w, roleMonth)
				info := m[w]
				info.month = int8(i + 1)
				m[w] = info
			}
		}
		for _, names := range l.weekdays {
			for _, w := range names {
				add(w, roleWeekday)
				if len(w) <= 2 {
					add(w, roleWeakWeekday)
				}
			}
		}
		addDateRole(add, l.ordinals, roleOrdinal)
		addDateRole(add, l.dateJoin, roleDateJoin)
		addDateRole(add, l.timeJoin, roleTimeJoin)
		addDateRole(add, l.hours, roleHour)
		addDateRole(add, l.lead, roleLead)
	}
	addDateRole(add, weakMonthNames, roleWeakMonth)
	addDateRole(add, []string{"am"}, roleAM)
	addDateRole(add, []string{"pm"}, rolePM)
	for w, off := range dateZones {
		add(w, roleZone)
		info := m[w]
		info.zone, info.name = int16(off), strings.ToUpper(w)
		m[w] = info
	}
	return m
}

func addDateRole(add func(string, dateRole), words []string, r dateRole) {
	for _, w := range words {
		add(w, r)
	}
}

// dateTokKind is the kind of a dateToken.
type dateTokKind uint8

const (
	dtEnd   dateTokKind = iota // end of text
	dtNum                      // a run of ASCII digits
	dtWord                     // a run of letters
	dtPunct                    // any other single character
)

// maxDateWord is the longest folded word kept; longer words match nothing.
const maxDateWord = 12

// dateToken is one lexed piece of text. It is a value: lexing never allocates.
type dateToken struct {
	kind       dateTokKind
	gap        bool // white space comes before it
	upper      bool // a word all in capitals
	punct      byte // the ASCII form of a punctuation mark, 0 if none
	wlen       int8 // length of word, -1 when the word cannot be folded
	start, end int  // byte span in the text
	ndig       int  // number of digits of a number
	val        int  // value of a number of at most 9 digits
	info       dateWordInfo
	word       [maxDateWord]byte
}

// is reports whether t is a word with one of the roles r.
func (t dateToken) is(r dateRole) bool { return t.kind == dtWord && t.info.roles&r != 0 }

// isWord reports whether t is the folded word w.
func (t dateToken) isWord(w string) bool {
	return t.kind == dtWord && t.wlen >= 0 && string(t.word[:t.wlen]) == w
}

// isPunct reports whether t is one of the punctuation marks in set.
func (t dateToken) isPunct(set string) bool {
	return t.kind == dtPunct && t.punct != 0 && strings.IndexByte(set, t.punct) >= 0
}

// lexDate returns the token that starts at or after pos in s.
func lexDate(s string, pos int) dateToken {
	t := dateToken{start: skipDateSpace(s, pos)}
	t.gap = t.start > pos
	switch {
	case t.start >= len(s):
		t.start, t.end = len(s), len(s)
	case isDigit(s[t.start]):
		lexDateNumber(s, &t)
	default:
		r, size := utf8.DecodeRuneInString(s[t.start:])
		if unicode.IsLetter(r) {
			lexDateWord(s, &t)
		} else {
			t.kind, t.end, t.punct = dtPunct, t.start+size, datePunct(r)
		}
	}
	return t
}

func skipDateSpace(s string, pos int) int {
	for pos < len(s) {
		r, size := rune(s[pos]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[pos:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		pos += size
	}
	return pos
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func asciiAlnum(b byte) bool { return isDigit(b) || 'a' <= b|0x20 && b|0x20 <= 'z' }

func gluedToLetter(s string, i int) bool { return i > 0 && asciiAlnum(s[i-1]) }

// numStartOK reports whether an all-number date may start at s[i]: not
// inside a longer run of numbers such as "1.2.3" or a phone number.
func numStartOK(s string, i int) bool {
	if gluedToLetter(s, i) {
		return false
	}
	return i < 2 || !isDigit(s[i-2]) || strings.IndexByte("./-:,", s[i-1]) < 0
}

// numEndOK is numStartOK for the end of a date, at s[i].
func numEndOK(s string, i int) bool {
	if i < len(s) && isDigit(s[i]) {
		return false
	}
	return i+1 >= len(s) || !isDigit(s[i+1]) || strings.IndexByte("./-:", s[i]) < 0
}

func lexDateNumber(s string, t *dateToken) {
	t.kind = dtNum
	i := t.start
	for ; i < len(s) && isDigit(s[i]); i++ {
		if t.ndig < 9 {
			t.val = t.val*10 + int(s[i]-'0')
		}
		t.ndig++
	}
	t.end = i
}

// lexDateWord reads a run of letters (and the combining marks of decomposed
// accents) and folds it into t.word.
func lexDateWord(s string, t *dateToken) {
	t.kind, t.upper = dtWord, true
	n, foldable := 0, true
	i := t.start
	for i < len(s) {
		if b := s[i]; b < utf8.RuneSelf { // ASCII, inline for speed
			l := b | 0x20
			if l < 'a' || l > 'z' {
				break
			}
			t.upper = t.upper && b != l
			if foldable = foldable && n < maxDateWord; foldable {
				t.word[n] = l
				n++
			}
			i++
			continue
		}
		f, upper, size := foldDateLetter(s[i:])
		if size == 0 {
			break
		}
		i += size
		t.upper = t.upper && upper
		if f == combiningMark {
			continue
		}
		if foldable = foldable && f != "" && n+len(f) <= maxDateWord; foldable {
			n += copy(t.word[n:], f)
		}
	}
	t.end, t.wlen = i, -1
	if foldable {
		t.wlen = int8(n)
		if n > 0 && dateWordFilter[n][t.word[0]-'a']&(1<<(t.word[n-1]-'a')) != 0 {
			t.info = dateWords[string(t.word[:n])]
		}
	}
}

// combiningMark is what foldDateLetter returns for a combining mark.
const combiningMark = "\u0301"

// foldDateLetter reads the non-ASCII letter s starts with and returns it in
// lower case ASCII without its accent, or "" if it has no such form, or
// combiningMark for a combining mark. size is 0 when s does not start with a
// letter or a mark.
func foldDateLetter(s string) (f string, upper bool, size int) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r >= 0xC0 && r <= 0xFF && r != '×' && r != '÷':
		return latinDateFold[r-0xC0], r < 'ß', size
	case unicode.Is(unicode.Mn, r):
		return combiningMark, true, size
	case !unicode.IsLetter(r):
		return "", false, 0
	}
	return dateFoldTable[unicode.ToLower(r)], unicode.IsUpper(r), size
}

// dateFoldTable maps the accented letters of the languages in dateLangs (and a
// few ordinal marks) to ASCII.
var dateFoldTable = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'º': "o", 'ª': "a", 'ᵉ': "e", 'ʳ': "r"}
	for _, group := range strings.Fields("aàáâãäåā cç eèéêëēė iìíîïī nñ oòóôõöøō uùúûüū yýÿ") {
		base, rest := group[:1], group[1:]
		for _, r := range rest {
			m[r] = base
		}
	}
	return m
}()

// latinDateFold is dateFoldTable for the letters from U+00C0 to U+00FF, in both
// cases, for speed.
var latinDateFold = func() (f [0x40]string) {
	for i := range f {
		f[i] = dateFoldTable[unicode.ToLower(rune(0xC0+i))]
	}
	return f
}()

// datePunct returns the ASCII mark r stands for in dates, or 0.
func datePunct(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		return byte(r)
	case r == '’' || r == '‘':
		return '\''
	case r == '–' || r == '—' || r == '−':
		return '-'
	case r == '·' || r == '•':
		return '|'
	case r == '°': // "1°" is an ordinal, like "1º"
		return 'o'
	}
	return 0
}

// dateCursor walks the tokens of a text. It is a small value: patterns copy it
// to try a branch and keep the copy only when the branch matches.
type dateCursor struct {
	s     string
	pos   int
	whole bool
	tok   dateToken // the token at tokAt-1, to lex each token once
	tokAt int
}

func (c *dateCursor) peek() dateToken {
	if c.tokAt != c.pos+1 {
		c.tok, c.tokAt = lexDate(c.s, c.pos), c.pos+1
	}
	return c.tok
}

func (c *dateCursor) take(t dateToken) { c.pos = t.end }

// skipPunct consumes the next token if it is one of the marks in set.
func (c *dateCursor) skipPunct(set string) (byte, bool) {
	t := c.peek()
	if !t.isPunct(set) {
		return 0, false
	}
	c.take(t)
	return t.punct, true
}

// skipGlued consumes the next token if it is one of the marks in set,
// written right after the previous token.
func (c *dateCursor) skipGlued(set string) (byte, bool) {
	if t := c.peek(); t.gap || !t.isPunct(set) {
		return 0, false
	}
	return c.skipPunct(set)
}

// skipRole consumes the next token if it is a word with one of the roles r.
func (c *dateCursor) skipRole(r dateRole) bool {
	t := c.peek()
	if !t.is(r) {
		return false
	}
	c.take(t)
	return true
}

// num consumes the next token if it is a number of at most maxDigits digits.
func (c *dateCursor) num(maxDigits int) (dateToken, bool) {
	t := c.peek()
	if t.kind != dtNum || t.ndig > maxDigits {
		return t, false
	}
	c.take(t)
	return t, true
}

// sepNum consumes a mark in set and the number after it, both glued to what
// comes before them.
func (c *dateCursor) sepNum(set string) (byte, dateToken, bool) {
	m := *c
	sep, ok := m.skipGlued(set)
	t := m.peek()
	if !ok || t.kind != dtNum || t.gap {
		return 0, t, false
	}
	m.take(t)
	*c = m
	return sep, t, true
}

// tryPart runs the pattern f on copies of c and p and keeps them if f matches.
func tryPart(c *dateCursor, p *dateParts, f func(*dateCursor, *dateParts) bool) bool {
	m, q := *c, *p
	if !f(&m, &q) {
		return false
	}
	*c, *p = m, q
	return true
}
