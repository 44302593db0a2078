package article

import "slices"

// A button set apart inside an article ("Learn more", "Book a demo",
// "Subscribe") is read as a paragraph of its own, between two paragraphs
// of the story: it is no more text of the article there than at its end
// (see tailCall). Only a whole paragraph that is one of buttonLines is
// such a button, and only a lone one: a sub-heading of the same words
// names a section, and a page with a button under each of its boxes
// ("Get started" under every plan) is a page of offers, whatever its type
// says, where the calls are the page's own content.

// dropLoneButton returns blocks without the one paragraph, among those
// from index start on, that is a button; blocks are returned as they are
// when there is no such paragraph or more than one. cleanBlocks asks it
// on pages that may be articles (see mayBeArticle).
func dropLoneButton(blocks []Block, start int) []Block {
	at := -1
	for i := start; i < len(blocks); i++ {
		if !buttonParagraph(blocks[i]) {
			continue
		}
		if at >= 0 {
			return blocks
		}
		at = i
	}
	if at < 0 {
		return blocks
	}
	return slices.Delete(blocks, at, at+1)
}

// buttonParagraph reports whether b is a paragraph that is only a button.
func buttonParagraph(b Block) bool {
	return b.Kind == BlockParagraph && buttonLine(b.Text)
}

// buttonLine reports whether s is one of buttonLines.
func buttonLine(s string) bool { return buttonKey(s, lineKey(s)) }

// buttonKey is buttonLine for s folded to k (lineKey).
func buttonKey(s, k string) bool { return len(s) <= maxCallLine && buttonLines[k] }
