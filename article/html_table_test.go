package article

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseTable parses an HTML fragment holding one table and returns the
// block tableBlock makes of it.
func parseTable(t *testing.T, fragment string) Block {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + fragment + "</body></html>"))
	require.NoError(t, err)
	table := findFirst(doc, atom.Table)
	require.NotNil(t, table)
	return tableBlock(table)
}

func TestTableGrid(t *testing.T) {
	cases := []struct {
		name   string
		html   string
		text   string
		rows   [][]string
		header int
	}{
		{"header row of th cells",
			`<table><tr><th>Ville</th><th>Habitants</th></tr><tr><td>Lyon</td><td>522 000</td></tr></table>`,
			"Ville\tHabitants\nLyon\t522 000",
			[][]string{{"Ville", "Habitants"}, {"Lyon", "522 000"}}, 1},
		{"thead with td cells",
			`<table><thead><tr><td>Year</td><td>Sales</td></tr></thead><tbody><tr><td>2023</td><td>12</td></tr></tbody></table>`,
			"Year\tSales\n2023\t12",
			[][]string{{"Year", "Sales"}, {"2023", "12"}}, 1},
		{"a row heading on the left is no header row",
			`<table><tr><td>Ville</td><td>Habitants</td></tr><tr><th>Lyon</th><td>522 000</td></tr></table>`,
			"Ville\tHabitants\nLyon\t522 000",
			[][]string{{"Ville", "Habitants"}, {"Lyon", "522 000"}}, 0},
		{"colspan repeated across",
			`<table><tr><th colspan="2">Résultats</th></tr><tr><td>Oui</td><td>54 %</td></tr></table>`,
			"Résultats\nOui\t54 %",
			[][]string{{"Résultats", "Résultats"}, {"Oui", "54 %"}}, 1},
		{"rowspan repeated down, cells of the next row placed after it",
			`<table><tr><td rowspan="2">Nord</td><td>Lille</td></tr><tr><td>Roubaix</td></tr><tr><td>Sud</td><td>Nice</td></tr></table>`,
			"Nord\tLille\nRoubaix\nSud\tNice",
			[][]string{{"Nord", "Lille"}, {"Nord", "Roubaix"}, {"Sud", "Nice"}}, 0},
		{"rowspan in a middle column",
			`<table><tr><td>a</td><td rowspan="2">b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>`,
			"a\tb\tc\nd\te",
			[][]string{{"a", "b", "c"}, {"d", "b", "e"}}, 0},
		{"empty cells kept in the grid, not in the text",
			`<table><tr><td>Lundi</td><td>&nbsp;</td><td>9 h</td></tr><tr><td>Mardi</td><td>8 h</td></tr></table>`,
			"Lundi\t9 h\nMardi\t8 h",
			[][]string{{"Lundi", "", "9 h"}, {"Mardi", "8 h", ""}}, 0},
		{"spacer rows left out",
			`<table><tr><td>1</td><td>2</td></tr><tr><td>&nbsp;</td><td></td></tr><tr><td>3</td><td>4</td></tr></table>`,
			"1\t2\n3\t4",
			[][]string{{"1", "2"}, {"3", "4"}}, 0},
		{"a nested table is its cell's text",
			`<table><tr><td>Score</td><td><table><tr><td>3</td><td>1</td></tr></table></td></tr></table>`,
			"Score\t3 1",
			[][]string{{"Score", "3 1"}}, 0},
		{"spans that are no number or below one count as one",
			`<table><tr><td colspan="x">a</td><td rowspan="0">b</td><td colspan="-3">c</td></tr></table>`,
			"a\tb\tc",
			[][]string{{"a", "b", "c"}}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := parseTable(t, tc.html)
			assert.Equal(t, BlockTable, b.Kind)
			assert.Equal(t, tc.text, b.Text)
			assert.Equal(t, tc.rows, b.Rows)
			assert.Equal(t, tc.header, b.HeaderRows)
		})
	}
}

// TestTableGridBounded checks that a span cannot blow a table up: a
// colspan as wide as browsers allow on every one of a thousand rows would
// make a million cells, so the table keeps its text and gives no grid.
func TestTableGridBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("<table>")
	for i := range 1000 {
		fmt.Fprintf(&b, `<tr><td colspan="999999">%d</td></tr>`, i)
	}
	b.WriteString("</table>")
	block := parseTable(t, b.String())
	assert.Nil(t, block.Rows)
	assert.Equal(t, 1000, strings.Count(block.Text, "\n")+1)

	small := parseTable(t, `<table><tr><td colspan="999999">a</td></tr></table>`)
	require.Len(t, small.Rows, 1)
	assert.Len(t, small.Rows[0], maxColSpan)
}
