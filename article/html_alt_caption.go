package article

import (
	"strings"

	"golang.org/x/net/html"
)

// A caption set in a plain element after its picture, not in a
// <figcaption> ("<picture><img alt="Goats on the island."></picture>
// <div>Goats on the island.</div>"), repeats the words of the image's
// alt or title text. Such a paragraph is the picture's caption: it is
// read as a figure block with the image's address, as a <figcaption>
// is, and leaves the text of the story. A card's image names its card
// as its title does, so lists of cards are left alone.

// altCaption is an image the body walk passed, whose alt or title text
// a paragraph right after it may repeat.
type altCaption struct {
	img  *html.Node
	text string // the alt or title text, folded
}

// noteImage keeps img as the image a caption may follow, when its alt or
// title text has at least minCaptionWords words.
func (w *bodyWalker) noteImage(img *html.Node) {
	if w.cards {
		return
	}
	for _, k := range []string{"alt", "title"} {
		if t := foldText(Attr(img, k)); strings.Count(t, " ")+1 >= minCaptionWords {
			w.alt = altCaption{img, t}
			return
		}
	}
}

// captionKind returns BlockFigure and the image's address when the
// paragraph t repeats the alt text of the image just passed, else
// BlockParagraph.
func (w *bodyWalker) captionKind(t string) (BlockKind, string) {
	if w.alt.img == nil || foldText(t) != w.alt.text {
		return BlockParagraph, ""
	}
	return BlockFigure, imageURL(w.alt.img, w.c.pageURL())
}
