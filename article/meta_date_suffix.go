package article

import (
	"strings"
)

// This file reads the labels that Japanese and Chinese pages print after
// a date rather than before it ("2020/03/12 14:35配信", "15:00更新").

// Labels printed after a date, each with whether it marks an update.
var (
	publishedSuffixes = []string{"配信", "公開", "掲載", "発行", "投稿", "发布", "發布", "发表", "發表"}
	modifiedSuffixes  = []string{"更新", "修正"}
)

// isModifiedAround reports whether a printed date is an update: by the
// label after it, after (see suffixLabel), else by the one before it,
// before.
func (dc *dateCands) isModifiedAround(before, after string) bool {
	if modified, ok := suffixLabel(after); ok {
		return modified
	}
	return dc.isModifiedLabel(before)
}

// suffixLabel reads the label that opens the text after a date, and
// reports whether it marks an update, and whether there is one. A label
// set apart by a space and soon followed by a number introduces the next
// date instead ("更新 2020/03/14", "发布时间：2020-03-12").
func suffixLabel(after string) (modified, ok bool) {
	rest := strings.TrimLeft(after, " \u3000")
	spaced := len(rest) < len(after)
	for _, l := range publishedSuffixes {
		if strings.HasPrefix(rest, l) {
			return false, !spaced || !numberSoon(rest[len(l):])
		}
	}
	for _, l := range modifiedSuffixes {
		if strings.HasPrefix(rest, l) {
			return true, !spaced || !numberSoon(rest[len(l):])
		}
	}
	return false, false
}

// suffixReach is how many bytes after a label numberSoon looks at.
const suffixReach = 16

// numberSoon reports whether a digit is written within the first bytes
// of s.
func numberSoon(s string) bool {
	return hasDigit(s[:min(len(s), suffixReach)])
}
