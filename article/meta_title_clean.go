package article

import (
	"strings"
	"unicode/utf8"
)

// This file cleans the headline once it is chosen: the site's name
// printed after a headline in its <h1>, the marks of a heading's anchor
// link ("¶"), and a headline that its source cut short.

// maxSiteWords is the most words of a part of an <h1> that may be the
// site's name when it only holds that name.
const maxSiteWords = 3

// cleanH1 removes from the text of an <h1> the site's name written after
// a separator ("Headline – Acme"), and the anchor mark of a heading.
func (ts *titleSources) cleanH1(t string) string {
	t = strings.TrimSpace(strings.TrimRight(t, "¶#§ "))
	for _, sep := range titleSeparators[:8] {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if len(strings.Fields(head)) < 3 {
			continue
		}
		if ts.namesSite(tail) || ts.isSite(tail) && len(strings.Fields(tail)) <= maxSiteWords {
			return strings.TrimSpace(head)
		}
	}
	return t
}

// minCutTitle is the length from which a headline may have been cut to
// fit a limit.
const minCutTitle = 90

// wholeTitle returns the longer title of others that t is the start of,
// when t looks cut short: it ends with an ellipsis or an open bracket, or
// is long; else t.
func wholeTitle(t string, others []string) string {
	if !looksCut(t) {
		return t
	}
	k := titleKey(t)
	best := t
	for _, o := range others {
		if ok := titleKey(o); len(ok) > len(titleKey(best)) && strings.HasPrefix(ok, k) {
			best = o
		}
	}
	return best
}

// looksCut reports whether a title may have been cut at a length.
func looksCut(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") {
		return true
	}
	if strings.Count(t, "(") > strings.Count(t, ")") || strings.Count(t, "[") > strings.Count(t, "]") {
		return true
	}
	return utf8.RuneCountInString(t) >= minCutTitle
}
