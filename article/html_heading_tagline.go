package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page that offers something sets its sections as a short name in a
// heading, then a tagline in a heading of the same level ("Add-on
// channels", then "Add sports packages and more to your plan"), then a
// link or a few lines. The name has no block under it but a heading, yet
// it is not the label of a pruned link list: the tagline under it is a
// sentence with content of its own. See namedTagline.

// minTaglineWords is the least number of words of a heading that reads as
// a tagline rather than as a section's name.
const minTaglineWords = 6

// namedTagline reports whether the heading b, on a page that is not an
// article, is followed by a tagline heading of its level or a lower one
// that has a block other than a heading under it: b then names that
// tagline's section and is kept. Two questions in a row are an FAQ whose
// answers are gone, and a tagline in title case is the next section's
// name.
func namedTagline(b Block, rest []Block, pageType string) bool {
	if pageType == PageTypeArticle || len(rest) < 2 {
		return false
	}
	next := rest[0]
	if next.Kind != BlockHeading || next.Level < b.Level || len(strings.Fields(next.Text)) < minTaglineWords {
		return false
	}
	if taglineQuestion(b.Text) && taglineQuestion(next.Text) || taglineTitled(next.Text) {
		return false
	}
	return !emptySection(rest[1:], next.Level)
}

// taglineQuestion reports whether s ends with a question mark.
func taglineQuestion(s string) bool {
	return strings.HasSuffix(strings.TrimSpace(s), "?")
}

// taglineCaps is the share of words starting with a capital above which a
// text is in title case.
const taglineCaps = 0.8

// taglineTitled reports whether most words of s that start with a letter
// start with a capital.
func taglineTitled(s string) bool {
	words, caps := 0, 0
	for _, f := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words > 0 && float32(caps) >= taglineCaps*float32(words)
}
