package article

import "strings"

// A template ships with filler text ("Lorem ipsum dolor sit amet...") in
// the boxes its editors are meant to fill; a box left unfilled, often one
// the page hides on some screens, still holds it. Filler is never a page's
// content, whatever page it sits on, and its blocks are dropped before the
// headings left bare above them are.

// placeholderWords opens every filler text.
const placeholderWords = "lorem ipsum"

// maxPlaceholderLabel is the longest filler, in bytes, that may go on
// otherwise than "dolor sit amet...": a label such as "Lorem ipsum 2".
const maxPlaceholderLabel = 16

// dropPlaceholders returns blocks without the filler blocks, reusing the
// array of blocks.
func dropPlaceholders(blocks []Block) []Block {
	kept := blocks[:0]
	for _, b := range blocks {
		if !placeholderBlock(b) {
			kept = append(kept, b)
		}
	}
	return kept
}

// placeholderBlock reports whether b holds only filler text: its text,
// or each item of its list, opens with the filler's words; or whether b
// is a paragraph that is an unrendered template tag (see templateTag).
func placeholderBlock(b Block) bool {
	if len(b.Items) > 0 {
		for _, it := range b.Items {
			if !placeholderText(it) {
				return false
			}
		}
		return true
	}
	return placeholderText(b.Text) || b.Kind == BlockParagraph && templateTag(b.Text)
}

// placeholderText reports whether s is filler: the filler's own sentence
// ("Lorem ipsum dolor sit amet...") or a short label opening with its
// words. A sentence about the filler ("Lorem ipsum is the text...") is
// not.
func placeholderText(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < len(placeholderWords) || !strings.EqualFold(s[:len(placeholderWords)], placeholderWords) {
		return false
	}
	rest := strings.TrimLeft(s[len(placeholderWords):], " ,")
	return len(s) <= maxPlaceholderLabel || len(rest) >= 5 && strings.EqualFold(rest[:5], "dolor")
}
