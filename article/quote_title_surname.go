package article

import "strings"

// Some surnames are also words of title: "Joy Baker ... Baker said",
// "Gayle King ... King said". Alone, such a word reads as a role and
// names nobody; when the text writes a full name ending with it, it is
// that person's surname.

// titleSurname reports whether the capitalised title word at token t,
// standing alone after no determiner ("the King said"), ends a run of
// capitalised words somewhere in the text: a full name ("Gayle King").
func (d *qdoc) titleSurname(t int) bool {
	if d.has(t-1, clsDeterminer) {
		return false
	}
	return strings.IndexByte(d.fullerName(d.text[d.toks[t].start:d.toks[t].end]), ' ') >= 0
}
