package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML runs the structure phase on an HTML page: the metadata first,
// then the body.
func readHTML(c *Context) {
	readMetadata(c)
	readBody(c)
}

// readBody finds the element that holds the article and turns it into
// blocks.
func readBody(c *Context) {
	root := mainContent(c.doc)
	if root == nil {
		return
	}
	w := &walker{c: c}
	w.walk(root, 0)
	w.flush()
}

// mainContent returns the element that holds the article: the first
// <article>, else <main>, else <body>.
func mainContent(doc *html.Node) *html.Node {
	for _, a := range []atom.Atom{atom.Article, atom.Main, atom.Body} {
		if n := findFirst(doc, a); n != nil {
			return n
		}
	}
	return doc
}

// findFirst returns the first element of kind a under n, in document
// order, or nil.
func findFirst(n *html.Node, a atom.Atom) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == a {
			return d
		}
	}
	return nil
}

// pageTitle returns the text of the first <h1>, else of <title>.
func pageTitle(doc *html.Node) string {
	for _, a := range []atom.Atom{atom.H1, atom.Title} {
		if n := findFirst(doc, a); n != nil {
			if t := nodeText(n); t != "" {
				return t
			}
		}
	}
	return ""
}

// nodeText returns the clean text of n's subtree.
func nodeText(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return CleanText(b.String())
}

// appendText writes the text of n's subtree to b, leaving out scripts and
// styles, with a space for each line break.
func appendText(b *strings.Builder, n *html.Node) {
	switch {
	case n.Type == html.TextNode:
		b.WriteString(n.Data)
	case n.Type == html.ElementNode && skipped[n.DataAtom]:
		return
	case n.Type == html.ElementNode && n.DataAtom == atom.Br:
		b.WriteByte(' ')
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		appendText(b, ch)
	}
}

// skipped are the elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Svg: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Head: true,
	atom.Aside: true, atom.Header: true,
}

// walker turns an element tree into blocks, gathering inline content into
// paragraphs.
type walker struct {
	c      *Context
	inline strings.Builder
}

func (w *walker) walk(n *html.Node, depth int) {
	if max := w.c.cfg.Limits.MaxDepth; max > 0 && depth > max {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.inline.WriteString(n.Data)
		return
	case html.ElementNode:
		if w.extracted(n) || skipped[n.DataAtom] {
			return
		}
		if w.block(n) {
			return
		}
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		w.walk(ch, depth+1)
	}
}

// extracted offers n to the node extractors that asked for its kind.
func (w *walker) extracted(n *html.Node) bool {
	exs := w.c.cfg.nodeExtractorsFor(n.DataAtom)
	if len(exs) == 0 {
		return false
	}
	w.flush()
	for _, e := range exs {
		if e.Extract(w.c, n) {
			return true
		}
	}
	return false
}

// block turns the block-level elements it knows into blocks and reports
// whether it did; others are walked through.
func (w *walker) block(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if t := nodeText(n); t != w.c.article.Title {
			w.add(Block{Kind: BlockHeading, Text: t, Level: int(n.Data[1] - '0')})
		}
	case atom.Ul, atom.Ol:
		w.add(Block{Kind: BlockList, Items: listTexts(n)})
	case atom.Blockquote:
		w.add(Block{Kind: BlockQuote, Text: nodeText(n)})
	case atom.Pre:
		w.add(Block{Kind: BlockCode, Text: nodeText(n)})
	case atom.Table:
		w.add(Block{Kind: BlockTable, Text: nodeText(n)})
	case atom.P, atom.Div, atom.Section, atom.Li, atom.Dd, atom.Dt, atom.Br, atom.Hr, atom.Figure, atom.Figcaption:
		w.flush()
		return false
	default:
		return false
	}
	return true
}

// add ends the current paragraph and appends b when it has text.
func (w *walker) add(b Block) {
	w.flush()
	if b.Text != "" || len(b.Items) > 0 {
		w.c.AddBlock(b)
	}
}

// flush ends the paragraph gathered so far.
func (w *walker) flush() {
	t := CleanText(w.inline.String())
	w.inline.Reset()
	if t != "" {
		w.c.AddBlock(Block{Kind: BlockParagraph, Text: t})
	}
}

// listTexts returns the text of each item of a list element.
func listTexts(n *html.Node) []string {
	var items []string
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && ch.DataAtom == atom.Li {
			if t := nodeText(ch); t != "" {
				items = append(items, t)
			}
		}
	}
	return items
}
