package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Above the first paragraph, blog templates print the post's details as
// a short list or as lone lines: the author's name, the date, the reading
// time ("Kalyn Keen · Jun 9 · 5 min read"), "Updated:". These describe
// the article (its Authors and Published) and are not its text. They are
// dropped from the blocks before the first paragraph of prose only, and a
// list only when all its items are such details and one is a date or a
// reading time, so a list of names is kept.

// leadMetaBlocks is how many blocks at the start of the body are looked
// at for details.
const leadMetaBlocks = 4

// dropLeadMeta removes the detail lines and lists from the start of body,
// unless nothing would be left after them.
func dropLeadMeta(c *Context, body []Block) []Block {
	if !mayBeArticle(c.article.PageType) {
		return body // a forum's posts each start with their details
	}
	names := noteNames(c.article.Authors)
	var drop []int
	for i, b := range body {
		if i >= leadMetaBlocks || proseBlock(b) {
			break
		}
		if leadMetaBlock(c, b, names) {
			drop = append(drop, i)
		}
	}
	if len(drop) == 0 || len(drop) == len(body) {
		return body
	}
	out := body[:0]
	for i, b := range body {
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			continue
		}
		out = append(out, b)
	}
	return out
}

// proseBlock reports whether b is a paragraph of more than a detail line.
func proseBlock(b Block) bool {
	return b.Kind == BlockParagraph && len(b.Text) > maxMetaLine
}

// leadMetaBlock reports whether b is a detail line or list.
func leadMetaBlock(c *Context, b Block, names []string) bool {
	switch b.Kind {
	case BlockList:
		return metaList(c, b.Items, names)
	case BlockParagraph, BlockHeading:
		k := lineKey(b.Text)
		return dateLabel(b.Text) || isName(k, names) || bodyBylineLine(c.cfg, b.Text) ||
			b.Kind == BlockParagraph && (readingTime(k) || detailsLine(b.Text))
	}
	return false
}

// maxMetaItems is the most items a list of details has.
const maxMetaItems = 4

// metaList reports whether every item of a list is a detail and one at
// least is a date or a reading time. An item may be a name, the
// author's or one that looks like a name (a few capitalised words).
func metaList(c *Context, items []string, names []string) bool {
	if len(items) > maxMetaItems {
		return false
	}
	dated := false
	for _, it := range items {
		k := lineKey(it)
		switch {
		case readingTime(k) || monthDay(k) || bodyMetaLine(c.cfg, it) && !bodyBylineLine(c.cfg, it):
			dated = true
		case isName(k, names) || nameLike(it) || bodyBylineLine(c.cfg, it) || dateLabel(it):
		default:
			return false
		}
	}
	return dated
}

// isName reports whether k is one of the names.
func isName(k string, names []string) bool {
	for _, n := range names {
		if k == n {
			return true
		}
	}
	return false
}

// readingTimeUnits are the words of a reading time after its number.
var readingTimeUnits = setOf("min", "mins", "minute", "minutes")

// readingTime reports whether k is a reading time, "5 min read", "12
// minutes read", or an age, "2 days ago".
func readingTime(k string) bool {
	f := strings.Fields(k)
	if len(f) != 3 || !isDigits(f[0]) {
		return false
	}
	return readingTimeUnits[f[1]] && f[2] == "read" || f[2] == "ago"
}

// aloneDateLabels are the labels of a date line when it stands alone, its
// date set apart.
var aloneDateLabels = setOf("updated:", "published:", "posted:", "last updated:", "posted on:", "mis à jour :", "publié le :")

// dateLabel reports whether s is only a date label.
func dateLabel(s string) bool {
	return aloneDateLabels[strings.ToLower(strings.TrimSpace(s))]
}

// maxItemNameWords is the most words of a name.
const maxItemNameWords = 3

// nameLike reports whether s looks like a person's name: one to three
// words, each starting with a capital letter, and no digit.
func nameLike(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > maxItemNameWords || strings.ContainsAny(s, "0123456789:") {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// monthDay reports whether k is a day of a month without its year: "jun
// 9", "9 juin".
func monthDay(k string) bool {
	f := strings.Fields(k)
	if len(f) != 2 {
		return false
	}
	day, month := f[0], f[1]
	if !isDigits(day) {
		day, month = month, day
	}
	if !isDigits(day) || len(day) > 2 {
		return false
	}
	info, ok := dateWords[foldDateWord(strings.TrimSuffix(month, "."))]
	return ok && info.roles&roleMonth != 0
}
