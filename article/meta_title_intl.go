package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the site's name off page titles written in scripts
// without spaces between words (Chinese, Japanese, Thai), where a count
// of fields says nothing of a headline's length, and off the section
// chains and bracketed names of Korean and Japanese news systems:
// "헤드라인 < 정치 < 기사본문 - 사이트", "見出し【サイト】".

// shortSuffixSeparators set a site's name off the end of a page title
// when nothing else names the site (see cleanShortSuffix).
var shortSuffixSeparators = []string{" | ", " - ", " — ", " – ", " :: ", " · ", " • ", " » ", "｜"}

// headlineWords returns the number of words of s, where a field written
// in a script without spaces (Chinese, Japanese, Thai, Lao, Khmer,
// Burmese) counts one word for every two of its letters (see countWords).
func headlineWords(s string) int {
	return countWords(s, isSpacelessRune)
}

// isSpacelessRune reports whether r is a letter of a script written
// without spaces between words; the vowel and tone marks of Thai and its
// neighbours are not counted, and their words, longer than two letters,
// count more words than they are: a long headline, a short site's name.
func isSpacelessRune(r rune) bool {
	return isCJKRune(r) || unicode.IsLetter(r) && unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// shortSuffixAt returns the head of t before its last sep when the part
// after it is short (four words at most, however written) and the head
// is not (three words or more). A " » " that closes a quotation left open
// by « is no separator; nor is one that leads from a section to a page
// in a breadcrumb trail ("Acme Blog » New Post"), whose last step is not
// half as long as what comes before it.
func shortSuffixAt(t, sep string) (string, bool) {
	i := strings.LastIndex(t, sep)
	if i <= 0 || sep == trailSeparator && strings.Count(t[:i], "«") > strings.Count(t[:i], "»") {
		return t, false
	}
	head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
	hw, tw := headlineWords(head), headlineWords(tail)
	if tw == 0 || tw > 4 || hw < 3 || sep == trailSeparator && hw < 2*tw {
		return t, false
	}
	return head, true
}

// sectionChainSep sets off the sections a Korean news system writes
// after the headline, from the narrowest: "헤드라인 < 정치 < 기사본문".
const sectionChainSep = " < "

// minChainSteps is the fewest sections of a chain cut off a headline; a
// single "<" may compare two things in a headline.
const minChainSteps = 2

// cutSectionChain returns t before its first " < " when two or more short
// section names follow it and a headline of two words or more leads it;
// else t.
func cutSectionChain(t string) string {
	i := strings.Index(t, sectionChainSep)
	if i <= 0 || headlineWords(t[:i]) < 2 {
		return t
	}
	steps := strings.Split(t[i+len(sectionChainSep):], sectionChainSep)
	if len(steps) < minChainSteps || !shortSteps(steps, maxSectionWords) {
		return t
	}
	return strings.TrimSpace(t[:i])
}

// maxBracketSiteRunes is the most characters of a name set in lenticular
// brackets after a headline.
const maxBracketSiteRunes = 16

// cutBracketSuffix returns the head of t when t ends with a name in
// lenticular brackets ("見出し【サイト】") that site accepts, after a
// headline of three words or more; else t.
func cutBracketSuffix(t string, site func(string) bool) string {
	if !strings.HasSuffix(t, "】") {
		return t
	}
	i := strings.LastIndex(t, "【")
	if i <= 0 {
		return t
	}
	head, name := strings.TrimSpace(t[:i]), t[i+len("【"):len(t)-len("】")]
	if !bracketSite(name, head, site) {
		return t
	}
	return head
}

// bracketSite reports whether name, set in lenticular brackets beside
// the headline head, is a site's name that site accepts: short, beside a
// headline of three words or more.
func bracketSite(name, head string, site func(string) bool) bool {
	return utf8.RuneCountInString(name) <= maxBracketSiteRunes && headlineWords(head) >= 3 && site(name)
}

// cutBracketLead returns t without the site's name it opens with in
// lenticular brackets ("【サイト】見出し"), before a headline of three
// words or more; a label ("【速報】") that names no site stays.
func (ts *titleSources) cutBracketLead(t string) string {
	rest, ok := strings.CutPrefix(t, "【")
	if !ok {
		return t
	}
	name, head, ok := strings.Cut(rest, "】")
	if !ok || !bracketSite(name, head, ts.isSite) {
		return t
	}
	return strings.TrimSpace(head)
}

// anyName accepts any name in brackets: a page title with nothing else to
// name the site.
func anyName(s string) bool {
	return strings.TrimSpace(s) != ""
}
