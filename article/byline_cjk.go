package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the bylines of Korean, Chinese and Japanese news that
// the prefix reader misses: the job written after the name ("홍길동 기자",
// "홍길동·김철수 기자 hong@example.com") and the Chinese reporter word joined
// to the name with no space ("記者王小明／台北報導") or after an agency
// ("新华社记者 王小明").

// Bounds of a CJK byline.
const (
	maxCJKByline    = 90 // longest text read, in bytes
	minCJKNameRunes = 2
	maxCJKNameRunes = 5
)

// cjkJobSuffixes are the Korean jobs written after the name, longest
// first. The Chinese reporter word comes after a desk's name as often as
// after a person's ("本报记者"), so it counts only before the name.
var cjkJobSuffixes = []string{"선임기자", "객원기자", "수습기자", "특파원", "기자"}

// cjkReporterHeads are the reporter words written before the name with no
// space, longest first.
var cjkReporterHeads = []string{"本報記者", "本报记者", "特約記者", "特约记者", "記者", "记者"}

// cjkHeaderByline returns the names of the header text t when it is a CJK
// byline, outside a paragraph of prose.
func (ap authorPicker) cjkHeaderByline(t headerText) []Author {
	if r, _ := utf8.DecodeRuneInString(t.text); r != '(' && r != '（' && r != '【' && !isCJKNameRune(r) || inProse(t) {
		return nil
	}
	if names := cjkBracketByline(t.text); names != nil {
		return ap.keep(names, true)
	}
	return ap.keep(cjkByline(t.text), true)
}

// cjkByline returns the names of a short CJK byline, else nil.
func cjkByline(s string) []Author {
	s = cjkBylineHead(s)
	if len(s) > maxCJKByline {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(s); !isCJKNameRune(r) {
		return nil
	}
	if names, ok := cutCJKJob(dropEmails(s)); ok {
		return cjkNames(names)
	}
	if rest, ok := cutReporterHead(s); ok {
		if name := strings.TrimSpace(rest); rest != name && isCJKName(name) {
			return []Author{{Name: name}}
		}
		return cjkNames(beforePlace(rest))
	}
	return nil
}

// cjkBylineHead returns the byline that starts the lead of a Korean news
// story, before its dateline in brackets and after the " = " that ends it:
// "홍길동 기자" in "(서울=연합뉴스) 홍길동 기자 = 정부는...".
func cjkBylineHead(s string) string {
	if strings.HasPrefix(s, "(") {
		if i := strings.IndexByte(s, ')'); i > 0 {
			s = strings.TrimSpace(s[i+1:])
		}
	}
	if i := strings.Index(s, " ="); i > 0 {
		s = s[:i]
	}
	return s
}

// maxReporterHead is the longest desk or agency name, in bytes, written
// before the reporter word: "新华社" in "新华社记者 王小明".
const maxReporterHead = 15

// cutReporterHead returns what follows the reporter word that s starts
// with, after a short run of Han letters naming the desk or agency, and
// whether s starts so.
func cutReporterHead(s string) (string, bool) {
	for _, h := range cjkReporterHeads {
		i := strings.Index(s, h)
		if i < 0 || i > maxReporterHead || strings.IndexFunc(s[:i], func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
			continue
		}
		return s[i+len(h):], true
	}
	return s, false
}

// beforePlace returns what s holds before the slash that leads to the
// place of the report ("王小明／台北報導"), or "" when it has none: the
// reporter word may also start a sentence ("記者會上...").
func beforePlace(s string) string {
	if i := strings.IndexAny(s, "／/"); i > 0 {
		return s[:i]
	}
	return ""
}

// dropEmails removes the words of s that hold an @: the reporter's
// address printed after the job.
func dropEmails(s string) string {
	words := strings.Fields(s)
	kept := words[:0]
	for _, w := range words {
		if !strings.Contains(w, "@") {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// isCJKJobName reports whether s is a CJK name followed by its job, as
// each name of a Korean list is written ("홍길동 기자, 김철수 기자"): a
// name, not the job title that follows a name after a comma.
func isCJKJobName(s string) bool {
	rest, ok := cutCJKJob(s)
	return ok && isCJKName(strings.TrimSpace(rest))
}

// cutCJKJob returns s without the job word it ends with, and whether it
// ended with one.
func cutCJKJob(s string) (string, bool) {
	return cutAnySuffix(strings.TrimRight(s, " ="), cjkJobSuffixes)
}

// cutAnySuffix returns s without the first of suffixes it ends with, and
// whether it ended with one.
func cutAnySuffix(s string, suffixes []string) (string, bool) {
	for _, j := range suffixes {
		if rest, ok := strings.CutSuffix(s, j); ok {
			return rest, true
		}
	}
	return s, false
}

// cjkNames splits s at middle dots and commas into names, each without
// the job written after it ("홍길동 기자, 김철수 기자"); any part that is not
// one makes it no byline.
func cjkNames(s string) []Author {
	var out []Author
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("·・、,，", r) }) {
		part, _ = cutCJKJob(strings.TrimSpace(part))
		part = strings.TrimSpace(part)
		if !isCJKName(part) {
			return nil
		}
		out = append(out, Author{Name: part})
	}
	return out
}

// cjkSpacedNames returns the authors of a name as the byline reader read
// it: the CJK names it holds apart, when it is several of them written
// with spaces between them and too long to be one ("王小明 李大华"), else
// the name itself. A family name and a given name with a space between
// them ("山田 太郎") stay one name.
func cjkSpacedNames(name string) []Author {
	if !strings.Contains(name, " ") || isCJKName(name) {
		return []Author{{Name: name}}
	}
	words := strings.Fields(name)
	for _, w := range words {
		if !isCJKName(w) {
			return []Author{{Name: name}}
		}
	}
	out := make([]Author, len(words))
	for i, w := range words {
		out[i] = Author{Name: w}
	}
	return out
}

// isCJKName reports whether s is two to five CJK letters, with at most one
// space between family and given name ("山田 太郎").
func isCJKName(s string) bool {
	if strings.Count(s, " ") > 1 {
		return false
	}
	n := utf8.RuneCountInString(strings.Replace(s, " ", "", 1))
	if n < minCJKNameRunes || n > maxCJKNameRunes {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return r != ' ' && !isCJKNameRune(r) }) < 0
}

// isCJKNameRune reports whether r is a letter of a Korean, Chinese or
// Japanese name.
func isCJKNameRune(r rune) bool {
	return isCJKRune(r) || unicode.Is(unicode.Hangul, r)
}
