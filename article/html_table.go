package article

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

const (
	// maxColSpan is the widest colspan read, as browsers cap it.
	maxColSpan = 1000
	// maxRowSpan is the tallest rowspan read, as browsers cap it.
	maxRowSpan = 65534
	// maxTableCells bounds a table's grid: a table whose grid would hold
	// more cells (a wide span padding thousands of rows) gives its text
	// and no Rows.
	maxTableCells = 100_000
)

// tableBlock returns a data table as a Block: Text holds its rows a line
// each, the cells that have text tab-separated; Rows holds the same rows
// as a grid, a cell that spans columns or rows repeated in each place it
// covers and short rows padded, so that a column reads down one index;
// HeaderRows counts its leading rows that are in a <thead> or made of
// <th> cells. Rows that hold no text are left out of both. The rows of a
// table nested in a cell are that cell's text, not rows of their own.
func tableBlock(n *html.Node) Block {
	var t tableGrid
	t.rows(n, false)
	return Block{Kind: BlockTable, Text: strings.Join(t.lines, "\n"), Rows: t.grid(), HeaderRows: t.header}
}

// tableGrid gathers a table's rows.
type tableGrid struct {
	lines  []string   // each row's non-empty cells, tab-separated
	cells  [][]string // each row's cells, spans spread
	header int        // the leading rows that head the table
	above  []rowSpan  // per column, the cell of a row above that reaches down
	width  int        // the widest row
	total  int        // the cells in cells
	over   bool       // the grid passed maxTableCells and is dropped
}

// rowSpan is a cell that covers the rows under it: its text and how many
// rows it still covers.
type rowSpan struct {
	text string
	left int
}

// rows reads the rows of n, a table or one of its sections, leaving out
// nested tables; head says n is a <thead>.
func (t *tableGrid) rows(n *html.Node, head bool) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode {
			continue
		}
		switch ch.DataAtom {
		case atom.Tr:
			t.row(ch, head)
		case atom.Table, atom.Template:
		default:
			t.rows(ch, head || ch.DataAtom == atom.Thead)
		}
	}
}

// row adds one row: its cells placed around the cells of the rows above
// that reach down into it.
func (t *tableGrid) row(tr *html.Node, head bool) {
	var texts, row []string
	allHeads := true
	col := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		allHeads = allHeads && c.DataAtom == atom.Th
		text := nodeText(c)
		if text != "" {
			texts = append(texts, text)
		}
		if t.over {
			continue
		}
		row, col = t.reachDown(row, col, false)
		down, across := span(c, "rowspan", maxRowSpan)-1, span(c, "colspan", maxColSpan)
		if t.total+len(row)+across > maxTableCells {
			t.over, t.cells = true, nil
			continue
		}
		for range across {
			row = append(row, text)
			t.setAbove(col, text, down)
			col++
		}
	}
	if !t.over {
		row, _ = t.reachDown(row, col, true)
	}
	if len(texts) == 0 {
		return // a spacer row, or one whose text all spans from above
	}
	if (head || allHeads) && t.header == len(t.lines) {
		t.header++
	}
	t.lines = append(t.lines, strings.Join(texts, "\t"))
	if !t.over {
		t.cells = append(t.cells, row)
		t.width, t.total = max(t.width, len(row)), t.total+len(row)
	}
}

// reachDown places, from column col, the cells of rows above that reach
// into this row: up to the first column they leave free, or, with all,
// in every column they hold.
func (t *tableGrid) reachDown(row []string, col int, all bool) ([]string, int) {
	for ; col < len(t.above); col++ {
		a := &t.above[col]
		if a.left <= 0 {
			if all {
				continue
			}
			break
		}
		for len(row) < col {
			row = append(row, "")
		}
		row = append(row, a.text)
		a.left--
	}
	return row, col
}

// setAbove records that column col holds text for down more rows.
func (t *tableGrid) setAbove(col int, text string, down int) {
	for len(t.above) <= col {
		t.above = append(t.above, rowSpan{})
	}
	t.above[col] = rowSpan{text, down}
}

// grid returns the rows read, each padded to the widest, or nil when
// there are none or they would hold more than maxTableCells cells.
func (t *tableGrid) grid() [][]string {
	if t.over || len(t.cells) == 0 || len(t.cells)*t.width > maxTableCells {
		return nil
	}
	for i, r := range t.cells {
		for len(r) < t.width {
			r = append(r, "")
		}
		t.cells[i] = r
	}
	return t.cells
}

// span returns a cell's colspan or rowspan: 1 when it is missing, not a
// number or below 1, at most limit.
func span(c *html.Node, key string, limit int) int {
	v, err := strconv.Atoi(strings.TrimSpace(Attr(c, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, limit)
}
