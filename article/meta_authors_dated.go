package article

import (
	"strings"
	"unicode"
)

// This file reads the byline that shares its line with the date, with no
// byline class and often no byline word: "11.12.2019 - Jane Doe",
// "04.02.2022 | 13:10 Uhr | Jane Doe", "06.11.2023 13:30 von Jane". The
// date says that the line is the story's meta line; the rest of it is
// the author's name when it reads as a name and the page never writes
// its words in lower case.

// Bounds of the dated byline.
const (
	minDatedPos  = -2 // texts before the headline where it is looked for
	maxDatedText = 80 // longest dated line read
)

// datedByline returns the names of a line near the headline that holds a
// date and, beside it, nothing but names.
func (ap authorPicker) datedByline(texts []headerText) []Author {
	for _, t := range texts {
		if t.pos < minDatedPos || t.pos > maxUnmarkedPos || t.pos == 0 {
			continue
		}
		if as := ap.datedNames(t); len(as) > 0 && namesLookProper(as, t.node) {
			return ap.keep(as, false)
		}
	}
	return nil
}

// datedNames returns the names of the text t when it is the whole text
// of its element and holds a date and one part of names, set apart by
// separators.
func (ap authorPicker) datedNames(t headerText) []Author {
	if len(t.text) > maxDatedText || t.node == nil || isHeadingElement(t.node) || isTaxonomyLink(t.node) {
		return nil
	}
	if _, _, _, ok := FindDate(t.text); !ok {
		return nil
	}
	if strings.Trim(boundedText(t.node, 4*maxDatedText), " |") != CleanText(t.text) {
		return nil
	}
	part, prefixed, ok := ap.datedPart(t.text)
	if !ok {
		return nil
	}
	as := ap.strict.names(part)
	words := 0
	for _, a := range as {
		n := len(strings.Fields(a.Name))
		if n > 4 || n < 2 && !prefixed || isAgency(a.Name) || ap.ts != nil && ap.ts.isSite(a.Name) {
			return nil
		}
		words += n
	}
	if words == 0 || words != ap.nameWords(part) {
		return nil // the names are not the whole part
	}
	return as
}

// datedPart returns the one part of the line s, once its dates are cut,
// that is not a time, and whether a byline word opened it ("von Jane").
func (ap authorPicker) datedPart(s string) (string, bool, bool) {
	found := ""
	s = strings.ReplaceAll(ap.strict.cutDates(s), " - ", " | ")
	for part := range strings.FieldsFuncSeq(s, isBylineBreak) {
		part = strings.Trim(part, " ,;:.\u00a0")
		if part == "" || isClockText(part) {
			continue
		}
		if found != "" {
			return "", false, false
		}
		found = part
	}
	rest, prefixed := ap.strict.stripPrefix(found)
	return rest, prefixed, rest != ""
}

// isClockText reports whether s is a time of day and its words: "13:10
// Uhr", "8 h 30", "10:45 am".
func isClockText(s string) bool {
	digits := false
	for _, w := range strings.Fields(s) {
		switch strings.ToLower(w) {
		case "uhr", "h", "am", "pm", "a.m.", "p.m.", "um", "at", "à":
			continue
		}
		for _, r := range w {
			if !unicode.IsDigit(r) && r != ':' && r != '.' && r != 'h' {
				return false
			}
		}
		digits = true
	}
	return digits
}
