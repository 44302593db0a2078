package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A line an <h1> sets apart by its element or its class after the
// headline ("<h1>Title<small class="topline">Topic: Research</small>
// </h1>") is left out even when no metadata title gives the headline
// alone, if the metadata speaks of the headline and never of that line:
// the metadata may be rewritten for search engines, but a line it never
// mentions is the page's filing, not its headline.

// unsaidTrailer reports whether the last element of the <h1> n that holds
// text is set apart by its element or class (see markedApart), shares no
// word with any metadata title, and hk, the key of the headline before
// it, shares one with them.
func (ts *titleSources) unsaidTrailer(n *html.Node, hk string) bool {
	trail := lastTextElement(n)
	if trail == nil || !markedApart(trail) {
		return false
	}
	words := titleWordSet(0, ts.all()...)
	tk := titleKey(nodeText(trail))
	return tk != "" && sharedWords(tk, words) == 0 && sharedWords(hk, words) > 0
}

// markedApart reports whether the element n is a block or a <small>, or
// its class or id names it apart (apartClassWords).
func markedApart(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.P, atom.Small:
		return true
	}
	class, id := classAndIDValues(n)
	return namesApart(class) || namesApart(id)
}
