package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// preText returns the text of a preformatted element with its line
// breaks kept.
func preText(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return strings.TrimSpace(toNFC(b.String()))
}

// layoutTable reports whether a table lays out the page rather than
// holding data: it has tables or sections inside it, or paragraphs and
// lists with no header cell. A table with a header row whose cells hold
// paragraphs or lists (pros and cons, a comparison) holds data: walked as
// layout, its short cells would read as labels and be pruned.
func layoutTable(n *html.Node) bool {
	blocks, header := false, false
	for d := range n.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.DataAtom {
		case atom.Table, atom.Div, atom.Article, atom.Section:
			return true
		case atom.P, atom.Ul, atom.Ol:
			blocks = true
		case atom.Th:
			header = true
		}
	}
	return blocks && !header
}

// figureTable reports whether n, a child of a figure, is a data table:
// editors set tables in figures to give them a caption.
func figureTable(n *html.Node) bool {
	return n.Type == html.ElementNode && n.DataAtom == atom.Table && !isHidden(n) && !layoutTable(n)
}
