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

// tableText returns a table's text, a line per row and a tab between
// cells.
func tableText(n *html.Node) string {
	var rows []string
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Tr {
			if r := rowText(d); r != "" {
				rows = append(rows, r)
			}
		}
	}
	return strings.Join(rows, "\n")
}

// rowText returns the cells of one table row, tab-separated.
func rowText(tr *html.Node) string {
	var cells []string
	for ch := tr.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && (ch.DataAtom == atom.Td || ch.DataAtom == atom.Th) {
			if t := nodeText(ch); t != "" {
				cells = append(cells, t)
			}
		}
	}
	return strings.Join(cells, "\t")
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
