package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A picture the body walk does not read as a figure may leave its caption
// as a paragraph that ends with the credit: "The new lanes on Main
// Street. Photo by: Jane Doe.", "The laptop is $300 off Credit: Brand".
// The credit at its end tells a caption from a sentence of the story, and
// a page's text leaves the caption out with its picture. creditOrNotice
// (html_notice.go) already takes the lines that start with a credit.

// maxCaptionLine is the longest paragraph, in bytes, read as a caption.
const maxCaptionLine = 300

// maxCaptionCredit is the longest credit, in bytes, after its label.
const maxCaptionCredit = 60

// captionCreditLabels open the credit at the end of a caption, with the
// capital letter they take there.
var captionCreditLabels = []string{
	"Photo by:", "Photo by ", "Photos by ", "Photo:", "Photos:", "Photo credit:", "Photo Credit:",
	"Photograph:", "Photograph by ", "Image:", "Image by ", "Image credit:", "Image Credit:",
	"Picture:", "Credit:", "Credits:", "Foto:", "Photo :", "Image :", "Crédit photo :", "Crédit :",
}

// minCaptionWords is the fewest words of the caption before its credit.
const minCaptionWords = 4

// captionLine reports whether s is a short paragraph that ends with a
// picture credit: a credit label after the end of a sentence or after a
// word in lower case, then a few words that end no sentence. Each label
// is weighed at its last place in s, as strings.LastIndex finds it, but
// all are found in one pass from the end of s.
func captionLine(s string) bool {
	if len(s) > maxCaptionLine || !strings.ContainsAny(s, "PICF") {
		return false
	}
	var seen uint32 // the labels met, by their index in captionCreditLabels
	for i := len(s) - 1; i > 0; i-- {
		if !captionLabelStart(s[i]) {
			continue
		}
		for j, l := range captionCreditLabels {
			if seen&(1<<j) != 0 || !strings.HasPrefix(s[i:], l) {
				continue
			}
			seen |= 1 << j
			if creditAt(s, i, l) {
				return true
			}
		}
	}
	return false
}

// captionLabelStart reports whether a credit label may start with byte c.
func captionLabelStart(c byte) bool {
	return c == 'P' || c == 'I' || c == 'C' || c == 'F'
}

// creditAt reports whether the label l at byte i of s opens the credit of
// a caption.
func creditAt(s string, i int, l string) bool {
	return creditAfterCaption(s[:i]) && len(strings.Fields(s[:i])) >= minCaptionWords && shortCredit(s[i+len(l):])
}

// creditAfterCaption reports whether the caption before a credit label
// ends a sentence or with a word that starts in lower case.
func creditAfterCaption(before string) bool {
	t := strings.TrimRight(before, " \u00a0")
	if t == "" || len(t) == len(before) {
		return false // no caption, or the label is inside a word
	}
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".!?)”\"'", r) {
		return true
	}
	f := strings.Fields(t)
	if len(f) == 0 {
		return false // white space that is not a space: a tab, an em space
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsLower(r) // "… for the holidays Credit:", not "… Tax Credit:"
}

// shortCredit reports whether the text after a credit label is a name or
// two: short, with no figure (a price or a count is no credit) and no
// sentence in it.
func shortCredit(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || len(rest) > maxCaptionCredit || strings.ContainsAny(rest, "0123456789$%|€£") {
		return false
	}
	return !strings.ContainsAny(strings.TrimRight(rest, "."), "!?") && !strings.Contains(rest, ". ")
}
