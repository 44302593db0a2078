package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// After the walk, the body blocks are cleaned of what only reads as
// boilerplate once the blocks are known: headings left with nothing under
// them (the label of a link list that was pruned), and datelines and
// bylines written as paragraphs.

// cleanBlocks cleans c's blocks from index start on.
func cleanBlocks(c *Context, start int) {
	kept := c.blocks[:start]
	body := c.blocks[start:]
	for i, b := range body {
		if b.Kind == BlockHeading && emptySection(body[i+1:], b.Level) {
			continue
		}
		if b.Kind == BlockParagraph && bodyMetaLine(c.cfg, b.Text) || promoBlock(b) {
			continue
		}
		kept = append(kept, b)
	}
	c.blocks = trimTail(kept, start)
}

// trimTail drops the credit and promotion lines, and the headings left
// bare, at the end of the blocks from index start on.
func trimTail(blocks []Block, start int) []Block {
	for len(blocks) > start+1 {
		last := blocks[len(blocks)-1]
		if !tailBlock(last) && last.Kind != BlockHeading {
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
// with little else, or a byline prefix with no sentence.
func bodyMetaLine(cfg *Config, s string) bool {
	if len(s) > maxMetaLine {
		return false
	}
	if _, start, end, ok := FindDate(s); ok && len(s)-(end-start) < maxMetaLine/3 {
		return true
	}
	return bodyBylineLine(cfg, s)
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
