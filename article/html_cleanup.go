package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// After the walk, the body blocks are cleaned of what only reads as
// boilerplate once the blocks are known: headings left with nothing under
// them (the label of a link list that was pruned), and datelines and
// bylines written as paragraphs, and the second copy of a text printed
// twice (a mobile and a desktop version of the same article, a teaser of
// the next paragraph).

// cleanBlocks cleans c's blocks from index start on.
func cleanBlocks(c *Context, start int) {
	kept := c.blocks[:start]
	body := cutRelatedTail(c, dropLeadMeta(c, dropRepeats(dropPlaceholders(c.blocks[start:]))))
	if c.article.PageType != PageTypeArticle {
		body = dropCopies(body)
	}
	article := mayBeArticle(c.article.PageType)
	for i, b := range body {
		if b.Kind == BlockHeading && emptySection(body[i+1:], b.Level) && !namedTagline(b, body[i+1:], c.article.PageType) &&
			!(article && pairedHeading(body, i)) {
			continue
		}
		l := &foldedLine{text: b.Text}
		if b.Kind == BlockParagraph && (bodyMetaLine(c.cfg, b.Text) || counterLine(c, b.Text) || creditOrNotice(l) || markedCaption(b.Text) ||
			article && (newsletterPlea(b, l) || supportPlea(b, l) || phoneParagraph(b))) || promoLine(b, l) {
			continue
		}
		kept = append(kept, b)
	}
	// The tail's buttons and credits go first, so that they do not hide an
	// author note from trimAuthorNote's look at the last few blocks; the
	// tail is read again only when a note went, as what it left may end
	// with more of them (trimArticleTail runs to a fixed point).
	kept = trimArticleTail(c, kept, start)
	if noted := trimAuthorNote(c, kept, start); len(noted) < len(kept) {
		kept = trimArticleTail(c, noted, start)
	}
	if article {
		kept = dropLoneButton(kept, start)
	}
	c.blocks = joinBulletRuns(kept, start)
}

// trimTail drops the credit and promotion lines, the intros left
// dangling (see danglingIntro) and the headings left bare, at the end of
// the blocks from index start on.
func trimTail(blocks []Block, start int) []Block {
	for len(blocks) > start+1 {
		last := blocks[len(blocks)-1]
		if !tailBlock(last) && !danglingIntro(last) && last.Kind != BlockHeading {
			break
		}
		blocks = blocks[:len(blocks)-1]
	}
	return blocks
}

// emptySection reports whether a heading of the given level, followed by
// rest, has nothing under it.
func emptySection(rest []Block, level int) bool {
	for _, b := range rest {
		if b.Kind != BlockHeading {
			return false
		}
		if b.Level <= level {
			return true
		}
	}
	return true
}

// maxMetaLine is the longest paragraph, in bytes, that may be a dateline
// or a byline.
const maxMetaLine = 120

// bodyMetaLine reports whether a short paragraph is a dateline ("Updated 5:27
// am, November 20, 2019") or a byline ("By Jane Doe | Staff"): a date
// with little else, or a byline prefix with no sentence. A date in a line
// that introduces what follows ("As of July 31, 2025, the agency had
// received:") is the story's, see introLine.
func bodyMetaLine(cfg *Config, s string) bool {
	if len(s) > maxMetaLine {
		return false
	}
	if _, start, end, ok := FindDate(s); ok && len(s)-(end-start) < maxMetaLine/3 && !introLine(s) {
		return true
	}
	return bodyBylineLine(cfg, s) || moreBylineLine(s)
}

// introLine reports whether s ends with a colon: it introduces the list
// or the paragraph under it, as no dateline does.
func introLine(s string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(s, unicode.IsSpace), ":")
}

// bodyBylineLine reports whether s starts with a byline prefix of one of the
// languages followed by a capitalised name, and ends no sentence.
func bodyBylineLine(cfg *Config, s string) bool {
	if r, _ := utf8.DecodeLastRuneInString(s); r == '.' || r == '!' || r == '?' {
		return false
	}
	for _, l := range cfg.Languages() {
		for _, p := range l.BylinePrefixes {
			if len(s) <= len(p)+1 || !strings.EqualFold(s[:len(p)], p) {
				continue
			}
			rest := strings.TrimLeft(s[len(p):], " :")
			if r, _ := utf8.DecodeRuneInString(rest); s[len(p)] == ' ' && unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// minRepeatLen is the length in bytes from which a paragraph, quotation or
// list counts as a passage of text. A copy must hold minRepeatRun
// passages in a row and minRepeatShare of the body's text. A paragraph may
// rightly come back (the same question put to two people), and so may a
// short run (the same meals on two days of a meal plan); a long run
// repeats what was already read (a mobile and a desktop copy of the
// article).
const (
	minRepeatLen   = 40
	minRepeatRun   = 3
	minRepeatShare = 0.2
)

// dropRepeats removes, in place, the runs of blocks that copy an earlier
// run of body block for block and are long enough to be a copy.
func dropRepeats(body []Block) []Block {
	total := 0
	for _, b := range body {
		total += textSize(b)
	}
	first := make(map[string]int)
	kept := body[:0]
	for i := 0; i < len(body); i++ {
		k := repeatKey(body[i])
		if len(k) < minRepeatLen {
			kept = append(kept, body[i])
			continue
		}
		j, ok := first[k]
		if !ok {
			first[k] = i
		} else if n, passages, size := copiedRun(body, j, i); passages >= minRepeatRun && float64(size) >= minRepeatShare*float64(total) {
			i += n - 1
			continue
		}
		kept = append(kept, body[i])
	}
	return kept
}

// copiedRun returns how many blocks from index i on repeat those from index
// j < i on, one for one, how many of them are passages, and the size of
// their text.
func copiedRun(body []Block, j, i int) (n, passages, size int) {
	for j+n < i && i+n < len(body) && sameBlock(body[j+n], body[i+n]) {
		b := body[i+n]
		if len(repeatKey(b)) >= minRepeatLen {
			passages++
		}
		size += textSize(b)
		n++
	}
	return n, passages, size
}

// textSize is the length in bytes of b's text and items.
func textSize(b Block) int {
	n := len(b.Text)
	for _, it := range b.Items {
		n += len(it)
	}
	return n
}

// sameBlock reports whether a and b are the same kind of block with the
// same text.
func sameBlock(a, b Block) bool {
	return a.Kind == b.Kind && a.Text == b.Text && slices.Equal(a.Items, b.Items)
}

// repeatKey is the text by which b is compared with the blocks before it,
// or "" for blocks that are never taken for passages.
func repeatKey(b Block) string {
	switch b.Kind {
	case BlockParagraph, BlockQuote:
		return b.Text
	case BlockList:
		return strings.Join(b.Items, "\n")
	}
	return ""
}
