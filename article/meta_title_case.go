package article

import (
	"strings"
	"unicode"
)

// This file tells a landing page's tag line from its title: an <h1>
// written as a sentence ("Insurance to help protect you") while the
// metadata names the page in Title Case ("Insurance for Rideshare and
// Delivery Drivers"). The title names the page; the tag line sells it.

// minCaseWords is the fewest long words a text needs to tell its case.
const minCaseWords = 2

// maxSentenceCaps is the share of capitalised words below which a text
// is written in sentence case; minTitleCaps the share from which it is
// written in Title Case.
const (
	maxSentenceCaps = 0.5
	minTitleCaps    = 0.8
)

// capitalShare returns the share of the words of s of four letters or
// more, its first word left out, that start with a capital; ok is false
// when s has fewer than minCaseWords such words.
func capitalShare(s string) (share float64, ok bool) {
	words := strings.Fields(s)
	n, caps := 0, 0
	for _, w := range words[min(1, len(words)):] {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if len([]rune(w)) < 4 || !unicode.IsLetter([]rune(w)[0]) {
			continue
		}
		n++
		if unicode.IsUpper([]rune(w)[0]) {
			caps++
		}
	}
	if n < minCaseWords {
		return 0, false
	}
	return float64(caps) / float64(n), true
}

// isTagLine reports whether the <h1> text h is written in sentence case
// while title, the metadata's, is written in Title Case.
func isTagLine(h, title string) bool {
	hShare, ok := capitalShare(h)
	if !ok || hShare >= maxSentenceCaps {
		return false
	}
	tShare, ok := capitalShare(title)
	return ok && tShare >= minTitleCaps
}

// tagLineH1 reports whether the <h1> h is a tag line beside the title
// that the metadata (or else the page's <title>) gives.
func (ts *titleSources) tagLineH1(h *posNode, keys map[string]bool, cleaned []string) bool {
	title := ts.metaTitle(keys, cleaned)
	if title == "" {
		title, _ = ts.pageTitle(keys)
	}
	return isTagLine(headText(h.n), title)
}
