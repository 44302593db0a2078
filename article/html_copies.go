package article

// A long paragraph printed twice in one body is a copy: the teaser of a
// tab over the tab itself, a post shown in a preview and in full, a
// template's mobile and desktop versions of one box. Short paragraphs may
// rightly come back (a question put to two people, a refrain), and a run
// of copied blocks is dropRepeats' work; a single long paragraph is
// dropped here when an earlier block has the same text, on pages that are
// not articles: in an article, a paragraph printed twice (a pull quote
// that is also a paragraph) is in the text twice.

// minCopyLen is the length, in bytes, from which a paragraph or list
// that repeats an earlier one is a copy.
const minCopyLen = 200

// dropCopies removes the paragraphs, quotations and lists of body whose
// text, minCopyLen bytes or more, an earlier block already has.
func dropCopies(body []Block) []Block {
	seen := make(map[string]bool)
	kept := make([]Block, 0, len(body))
	for _, b := range body {
		k := repeatKey(b)
		if len(k) >= minCopyLen {
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		kept = append(kept, b)
	}
	return kept
}
