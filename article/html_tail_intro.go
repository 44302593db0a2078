package article

import "strings"

// A body may end on a line that announces what follows ("If you liked
// this post you might also like:", "Related reads:", "About the
// author:") when what followed, a list of links or a box, was left out as
// boilerplate. Alone at the end, such a line introduces nothing and is
// not part of the article.

// maxDanglingIntro is the longest block, in bytes, that may be an intro
// left dangling at the end of the body: a label or a one-line call, not a
// sentence of the story that ends on a colon.
const maxDanglingIntro = 100

// danglingIntro reports whether b, at the end of the body, is a short
// paragraph or heading that ends with a colon.
func danglingIntro(b Block) bool {
	if b.Kind != BlockParagraph && b.Kind != BlockHeading || len(b.Text) > maxDanglingIntro {
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(b.Text), ":")
}
