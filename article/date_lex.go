package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the lexer that cuts text into the tokens the date patterns
// of date_parse.go match. It reads every script: words are folded to lower
// case without accents (Latin, Greek), with the spelling variants of Arabic
// letters merged; digits may be ASCII, Arabic-Indic, Persian or full-width.

// dateTokKind is the kind of a dateToken.
type dateTokKind uint8

const (
	dtEnd   dateTokKind = iota // end of text
	dtNum                      // a run of digits
	dtWord                     // a run of letters
	dtPunct                    // any other single character
)

// maxDateWord is the longest folded word kept, in bytes; longer words match
// nothing. The longest date word, the Georgian "სექტემბერი", takes 30 bytes.
const maxDateWord = 32

// dateToken is one lexed piece of text. It is a value: lexing never allocates.
type dateToken struct {
	kind       dateTokKind
	gap        bool         // white space comes before it
	upper      bool         // a word all in capitals
	punct      byte         // the ASCII form of a punctuation mark, 0 if none
	start, end int          // byte span in the text
	ndig       int          // number of digits of a number
	val        int          // value of a number of at most 9 digits
	info       dateWordInfo // what the word means, if dateWords has it
}

// is reports whether t is a word with one of the roles r.
func (t dateToken) is(r dateRole) bool { return t.kind == dtWord && t.info.roles&r != 0 }

// isWord reports whether t is the folded word w, one of dateWords.
func (t dateToken) isWord(w string) bool {
	return t.kind == dtWord && t.info.id != 0 && dateWordList[t.info.id] == w
}

// isPunct reports whether t is one of the punctuation marks in set.
func (t dateToken) isPunct(set string) bool {
	return t.kind == dtPunct && t.punct != 0 && strings.IndexByte(set, t.punct) >= 0
}

// lexDate returns the token that starts at or after pos in s.
func lexDate(s string, pos int) dateToken {
	start, gap := skipDateSpace(s, pos)
	t := dateToken{start: start, gap: gap}
	if t.start >= len(s) {
		t.start, t.end = len(s), len(s)
		return t
	}
	if b := s[t.start]; b < utf8.RuneSelf { // ASCII, inline for speed
		switch l := b | 0x20; {
		case isDigit(b):
			lexDateNumber(s, &t)
		case 'a' <= l && l <= 'z':
			lexDateWord(s, &t)
		default:
			t.kind, t.end, t.punct = dtPunct, t.start+1, b
		}
		return t
	}
	r, size := utf8.DecodeRuneInString(s[t.start:])
	switch {
	case dateDigitValue(r) >= 0:
		lexDateNumber(s, &t)
	case unicode.IsLetter(r):
		lexDateWord(s, &t)
	default:
		t.kind, t.end, t.punct = dtPunct, t.start+size, datePunct(r)
	}
	return t
}

// skipDateSpace returns the position of the first character at or after pos
// that is neither space nor an invisible mark, and whether it skipped space.
func skipDateSpace(s string, pos int) (int, bool) {
	gap := false
	for pos < len(s) {
		if b := s[pos]; b < utf8.RuneSelf {
			if b != ' ' && (b < '\t' || b > '\r') {
				break
			}
			pos, gap = pos+1, true
			continue
		}
		r, size := utf8.DecodeRuneInString(s[pos:])
		switch {
		case unicode.IsSpace(r):
			gap = true
		case !invisibleDateMark(r):
			return pos, gap
		}
		pos += size
	}
	return pos, gap
}

// invisibleDateMark reports whether r is a mark that shows nothing: the
// direction marks of right-to-left text ("‏26‏/02‏/2024"), zero-width spaces.
func invisibleDateMark(r rune) bool {
	return directionMark(r) || r >= 0x200B && r <= 0x200D || r == 0xFEFF || r == 0xAD
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// dateDigitValue returns the value of the digit r, ASCII, Arabic-Indic,
// Persian, full-width, Devanagari, Bengali, Gurmukhi, Gujarati or Thai, or
// -1 when r is no digit.
func dateDigitValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case '٠' <= r && r <= '٩':
		return int(r - '٠')
	case '۰' <= r && r <= '۹':
		return int(r - '۰')
	case '０' <= r && r <= '９':
		return int(r - '０')
	case '०' <= r && r <= '९':
		return int(r - '०')
	case '০' <= r && r <= '৯':
		return int(r - '০')
	case '๐' <= r && r <= '๙':
		return int(r - '๐')
	case '੦' <= r && r <= '੯':
		return int(r - '੦')
	case '૦' <= r && r <= '૯':
		return int(r - '૦')
	}
	return -1
}

// dateDigit returns the value and size of the digit s starts with, or -1.
func dateDigit(s string) (int, int) {
	if s == "" {
		return -1, 0
	}
	if b := s[0]; b < utf8.RuneSelf {
		if isDigit(b) {
			return int(b - '0'), 1
		}
		return -1, 1
	}
	r, size := utf8.DecodeRuneInString(s)
	return dateDigitValue(r), size
}

func asciiAlnum(b byte) bool { return isDigit(b) || 'a' <= b|0x20 && b|0x20 <= 'z' }

func gluedToLetter(s string, i int) bool { return i > 0 && asciiAlnum(s[i-1]) }

// numStartOK reports whether an all-number date may start at s[i]: not
// inside a longer run of numbers such as "1.2.3" or a phone number.
func numStartOK(s string, i int) bool {
	if gluedToLetter(s, i) {
		return false
	}
	if i < 2 || strings.IndexByte("./-:,", s[i-1]) < 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i-1])
	return dateDigitValue(r) < 0
}

// numEndOK is numStartOK for the end of a date, at s[i].
func numEndOK(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	if v, _ := dateDigit(s[i:]); v >= 0 {
		return false
	}
	if strings.IndexByte("./-:", s[i]) < 0 {
		return true
	}
	v, _ := dateDigit(s[i+1:])
	return v < 0
}

func lexDateNumber(s string, t *dateToken) {
	t.kind = dtNum
	i := t.start
	for i < len(s) {
		if b := s[i]; isDigit(b) { // ASCII, inline for speed
			if t.ndig < 9 {
				t.val = t.val*10 + int(b-'0')
			}
			t.ndig++
			i++
			continue
		}
		v, size := dateDigit(s[i:])
		if v < 0 {
			break
		}
		if t.ndig < 9 {
			t.val = t.val*10 + v
		}
		t.ndig++
		i += size
	}
	t.end = i
}

// lexDateWord reads a run of letters (and the combining marks of decomposed
// accents), folds it and looks it up in dateWords. A Chinese, Japanese or Korean mark of
// year, month, day or hour glued after a number is a word by itself: "26日电"
// is "26", "日", "电".
func lexDateWord(s string, t *dateToken) {
	t.kind, t.upper = dtWord, true
	var word [maxDateWord]byte
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
				word[n] = l
				n++
			}
			i++
			continue
		}
		f, r, upper, size := foldDateLetter(s[i:])
		if size == 0 {
			break
		}
		i += size
		if r == skipDateRune {
			continue
		}
		t.upper = t.upper && upper
		if f == "" {
			foldable = foldable && n+utf8.RuneLen(r) <= maxDateWord
		} else {
			foldable = foldable && n+len(f) <= maxDateWord
		}
		if foldable {
			n += appendDateFold(word[n:], f, r)
		}
		if i-size == t.start && r >= 0x4E00 && isDateUnit(r) && precededByDigit(s, t.start) {
			break
		}
	}
	t.end = i
	if foldable && mayBeDateWord(word[:n]) {
		t.info = dateWords[string(word[:n])]
	}
}

func appendDateFold(dst []byte, f string, r rune) int {
	if len(f) == 1 {
		dst[0] = f[0]
		return 1
	}
	if f != "" {
		return copy(dst, f)
	}
	return utf8.EncodeRune(dst, r)
}

// isDateUnit reports whether r is a mark of year, month, day or hour written
// after a number in Chinese, Japanese or Korean.
func isDateUnit(r rune) bool {
	return strings.ContainsRune("年月日号號時时点點分년월일시분", r)
}

func precededByDigit(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return dateDigitValue(r) >= 0
}

// skipDateRune is what foldDateLetter returns for a mark that is dropped from
// words: combining accents and vowel signs, the Arabic tatweel, joiners.
const skipDateRune = -1

// foldDateLetter reads the non-ASCII letter s starts with and returns it folded:
// as the ASCII string f for the Latin letters with accents, otherwise as the
// rune r in lower case with its accent removed, or skipDateRune. size is 0
// when s does not start with a letter or a mark.
func foldDateLetter(s string) (f string, r rune, upper bool, size int) {
	r, size = utf8.DecodeRuneInString(s)
	switch {
	case r >= 0xC0 && r < 0xC0+rune(len(latinDateFold)) && latinDateFold[r-0xC0] != "":
		return latinDateFold[r-0xC0], 0, r < 'ß' || r > 0xFF && unicode.IsUpper(r), size
	case unicode.Is(unicode.Mn, r) || indicSign(r) || r == 0x640 || r == 0x2BC || r == 0x200C || r == 0x200D:
		return "", skipDateRune, true, size
	case !unicode.IsLetter(r):
		return "", 0, false, 0
	case dateFoldExtra(r) != "":
		return dateFoldExtra(r), 0, false, size
	}
	return "", foldDateRune(unicode.ToLower(r)), unicode.IsUpper(r), size
}

// foldDateRune removes the accents of Greek letters, merges the Cyrillic ё
// with е, and merges the spellings of Arabic and Persian letters that
// writers use in place of each other: أ إ آ ٱ are ا, ة is ه, ى and ی are ي.
func foldDateRune(r rune) rune {
	switch r {
	case 'ά':
		return 'α'
	case 'έ':
		return 'ε'
	case 'ή':
		return 'η'
	case 'ί', 'ϊ', 'ΐ':
		return 'ι'
	case 'ό':
		return 'ο'
	case 'ύ', 'ϋ', 'ΰ':
		return 'υ'
	case 'ώ':
		return 'ω'
	case 'ς':
		return 'σ'
	case 'ё':
		return 'е'
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ة':
		return 'ه'
	case 'ى', 'ی':
		return 'ي'
	case 'ک':
		return 'ك'
	}
	return r
}

// latinDateFold maps the Latin letters with accents from U+00C0 to U+024F, in
// both cases, to ASCII; "" for the others.
var latinDateFold = func() (f [0x190]string) {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ı': "i", 'ł': "l", 'đ': "d"}
	groups := "aàáâãäåāăą cçćč dď eèéêëēėęě gğ iìíîïīį nñńň oòóôõöøōő rř sśšşș tťţț " +
		"uùúûüūůű yýÿ zźżž"
	for _, group := range strings.Fields(groups) {
		base, rest := group[:1], group[1:]
		for _, r := range rest {
			m[r] = base
		}
	}
	for i := range f {
		r := rune(0xC0 + i)
		if s, ok := m[unicode.ToLower(r)]; ok && r != '×' && r != '÷' {
			f[i] = s
		}
	}
	return f
}()

// dateFoldExtra returns the ASCII form of the letters outside U+00C0..U+024F
// that have one: ordinal marks written as superscripts ("1ᵉʳ", "1º").
func dateFoldExtra(r rune) string {
	switch r {
	case 'º':
		return "o"
	case 'ª':
		return "a"
	case 'ᵉ':
		return "e"
	case 'ʳ':
		return "r"
	}
	return ""
}

// datePunct returns the ASCII mark r stands for in dates, or 0.
func datePunct(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		return byte(r)
	case r >= 0xFF01 && r <= 0xFF5E: // full-width forms: "（月）", "１４：３０"
		return byte(r - 0xFEE0)
	case r == '’' || r == '‘':
		return '\''
	case r == '–' || r == '—' || r == '−':
		return '-'
	case r == '·' || r == '•':
		return '|'
	case r == '°': // "1°" is an ordinal, like "1º"
		return 'o'
	case r == '،': // Arabic comma
		return ','
	case r == '、' || r == '，':
		return ','
	}
	return 0
}
