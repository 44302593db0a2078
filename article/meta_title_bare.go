package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file cuts the site's name that a title sets off with a separator
// written without spaces: "暴雨淹没老城区_新浪新闻", "标题-中新网",
// "Rain floods the old town|Gazette". Chinese and Japanese titles write
// their separators so, as they write no spaces between words; a few
// other sites do it with a bar. As a separator without spaces also joins
// words ("Coca-Cola", "file_name"), the part after it must be, whole, one
// of the site's names or the label of its host, and a dash or an
// underscore must follow a character that is not a Latin letter or digit.

// bareSeparators set a site's name off a title without spaces.
var bareSeparators = []string{"|", "｜", "_", "－", "-", "–", "—", "／"}

// minBareHeadRunes is the fewest characters of a title before a bare
// separator: a Chinese headline of two characters is already a phrase.
const minBareHeadRunes = 2

// cutBareSite drops the site's name set off the end of t by a separator
// without spaces (see bareSeparators), else returns t.
func (ts *titleSources) cutBareSite(t string) string {
	for _, sep := range bareSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if utf8.RuneCountInString(head) < minBareHeadRunes || !bareJoinOK(t[:i], sep) {
			continue
		}
		if ts.namesSite(tail) {
			return head
		}
	}
	return t
}

// bareJoinOK reports whether sep, written right after head, may set off
// a part: a bar always may; a dash or an underscore only after a
// character that is not a Latin letter or a digit, as between Latin
// letters it joins the words of one name.
func bareJoinOK(head, sep string) bool {
	if sep == "|" || sep == "｜" || sep == "／" || sep == "－" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(head)
	return !unicode.Is(unicode.Latin, r) && !unicode.IsDigit(r)
}
