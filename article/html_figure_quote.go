package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A quote set in a <figure> is text of the article: WordPress writes its
// pull quotes so (<figure class="wp-block-pullquote"><blockquote>), and
// other templates put an expert's quote in a figure, often in a wrapper
// next to the speaker's portrait, with the speaker in the figcaption.
// Only the figure's caption and images are left out of the text, and a
// pull quote that repeats a sentence of the story: the story has it.

// figureQuote returns the quote of the child ch of the figure fig that
// is part of the text, or nil. In a list of cards, a quote that is a
// child of the figure is a card's (a testimonial); in an article, see
// quoteInFigure and pulledQuote.
func (w *bodyWalker) figureQuote(fig, ch *html.Node) *html.Node {
	if w.cards {
		if ch.Type == html.ElementNode && ch.DataAtom == atom.Blockquote {
			return ch
		}
		return nil
	}
	if q := quoteInFigure(fig, ch); q != nil && !pulledQuote(containerText(w.c, w.root.node), q) {
		return q
	}
	return nil
}

// quoteInFigure returns the quote that the child ch of the figure fig is
// or wraps, or nil. A wrapper is a <div> or a <span> whose first quote is
// taken, unless it holds a nested figure (a gallery, whose quotes are
// read with their own figure). A short quote is left out (see
// minFigureQuote), and so is a post embedded from a social network: its
// blockquote is the embed code, read by the embed extractors.
func quoteInFigure(fig, ch *html.Node) *html.Node {
	if ch.Type != html.ElementNode {
		return nil
	}
	var q *html.Node
	switch ch.DataAtom {
	case atom.Blockquote:
		q = ch
	case atom.Div, atom.Span:
		if findFirst(ch, atom.Figure) == nil {
			q = findFirst(ch, atom.Blockquote)
		}
	}
	if q == nil || hasEmbedClass(fig) || hasEmbedClass(ch) || hasEmbedClass(q) ||
		rawTextSize(q, minFigureQuote) < minFigureQuote {
		return nil
	}
	return q
}

// minFigureQuote is the least text, in non-space bytes, of a quote read
// from a figure: a customer's one-line praise ("The best teacher in
// town!") set in a figure is a testimonial box, not a voice of the story.
const minFigureQuote = 100

// rawTextSize returns the bytes of the text nodes under n, each trimmed
// of the spaces around it, counting no further than limit.
func rawTextSize(n *html.Node, limit int) int {
	size := 0
	for d := range descendants(n) {
		if d.Type == html.TextNode {
			size += len(strings.TrimSpace(d.Data))
			if size >= limit {
				return size
			}
		}
	}
	return size
}

// pullKeyLen is how many bytes of a quote's start are looked for in the
// rest of the article.
const pullKeyLen = 40

// pulledQuote reports whether the quote q repeats text of the article
// whose container's folded text is root: its opening words, after the
// quotation marks, are found in root twice, once in q and once in the
// story.
func pulledQuote(root string, q *html.Node) bool {
	key := strings.TrimLeft(foldText(nodeText(q)), quoteOpeners)
	if len(key) < pullKeyLen {
		return false
	}
	return strings.Count(root, key[:pullKeyLen]) >= 2
}

// foldedContainer is a container and its folded text (foldText).
type foldedContainer struct {
	node *html.Node
	text string
}

// foldedContainerKey keeps the folded text of the container the figure
// quotes of a parse were last checked against, so that a page of many
// quotes folds it once.
var foldedContainerKey = NewContextKey[foldedContainer]("html.folded-container")

// containerText returns the folded text of root, read once per parse.
func containerText(c *Context, root *html.Node) string {
	if f, ok := foldedContainerKey.Get(c); ok && f.node == root {
		return f.text
	}
	t := foldText(nodeText(root))
	foldedContainerKey.Set(c, foldedContainer{root, t})
	return t
}

// quoteOpeners are the marks a pull quote may open with.
const quoteOpeners = "\"“”«» '‘’„"
