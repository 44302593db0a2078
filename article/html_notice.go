package article

import (
	"strings"
	"unicode"
)

// Publishers print notices that belong to the site, not the story: the
// copyright line ("© 2025 Publisher. All rights reserved.") and the
// disclaimer that the views are the author's own ("The views expressed
// are not necessarily those of..."). Templates put them after the last
// paragraph, but also before references or a transcript's note, so they
// are left out wherever they stand in the body, on short paragraphs
// only.

// maxNoticeLen is the longest paragraph, in bytes, that may be a notice.
const maxNoticeLen = 600

// viewsDenials are the phrases by which a views disclaimer says the
// views are not the publisher's.
var viewsDenials = []string{
	"not necessarily", "do not reflect", "does not reflect", "do not represent",
	"their own", "his own", "her own", "those of the author",
}

// creditOrNotice reports whether the paragraph of l is a picture credit
// (see creditKey), a copyright notice or a views disclaimer, reading its
// key.
func creditOrNotice(l *foldedLine) bool {
	if len(l.text) > maxNoticeLen {
		return false
	}
	k := l.key()
	return len(l.text) <= maxCreditLine && creditKey(k) || copyrightNotice(k) || viewsDisclaimer(k) || scriptNotice(k)
}

// maxScriptNotice is the longest paragraph, in bytes of its key, that may
// be a script notice.
const maxScriptNotice = 200

// scriptNoticeWords are the words with which a notice asks for
// JavaScript, in the main news languages (folded stems: "enable",
// "aktivier", "activ", "habilit").
var scriptNoticeWords = []string{"enable", "requires", "required", "must be", "aktivier", "muss", "activ", "habilit"}

// scriptNotice reports whether the folded line k is a notice the page
// shows in the place of what needs scripts: a video or a slideshow that
// asks for JavaScript ("Aktivieren Sie JavaScript um das Video zu sehen",
// "This slideshow requires JavaScript"), an address hidden from spam
// robots ("This email address is being protected from spambots").
func scriptNotice(k string) bool {
	if len(k) > maxScriptNotice {
		return false
	}
	if strings.Contains(k, "spambots") {
		return true
	}
	return strings.Contains(k, "javascript") && containsAnyString(k, scriptNoticeWords)
}

// copyrightNotice reports whether the folded line k states a copyright:
// it starts with "©" or with "copyright" and a year or "©", or it says
// "all rights reserved" in one of the languages of rightsReservedPhrases.
// A sentence about copyright law does neither.
func copyrightNotice(k string) bool {
	if strings.HasPrefix(k, "©") || rightsReservedSet.in(k) {
		return true
	}
	rest, ok := strings.CutPrefix(k, "copyright ")
	if !ok {
		return false
	}
	r := []rune(strings.TrimPrefix(rest, "(c) "))
	return len(r) > 0 && (r[0] == '©' || unicode.IsDigit(r[0]))
}

// rightsReservedSet holds rightsReservedPhrases, for copyrightNotice.
var rightsReservedSet = newPhraseSet(rightsReservedPhrases)

// viewsDisclaimer reports whether the folded line k says that the views
// expressed are not the publisher's.
func viewsDisclaimer(k string) bool {
	if !strings.Contains(k, "views expressed") && !strings.Contains(k, "opinions expressed") {
		return false
	}
	return containsAnyString(k, viewsDenials)
}
