package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A list split into lists of one item each, set one after another with
// nothing between ("<ul><li>a</li></ul><ul><li>b</li></ul>", as editors
// that paste from word processors write them), reads as one list: its
// items are one run, and a reader sees no break. A numbered list joins
// the one before it only when its numbers go on from there. Lists of
// several items side by side are lists of their own (a list of sources,
// then "Previous | Next").

// list adds the list element n as a list block, or, when n holds one
// item and continues a run of such lists (see continuesList), as one more
// item of the list block just added.
func (w *bodyWalker) list(n *html.Node, depth int) {
	items, depths := nestedListItems(n)
	b := Block{Kind: BlockList, Items: items, Depths: depths, Start: listStart(n), Links: w.urls.nodeLinks(n)}
	w.flush()
	top := topItems(b)
	single := top == 1
	if last := w.lastBlock(); last != nil && single && w.continuesList(n, last, b) {
		joinLists(last, b)
		w.lastTop++
	} else {
		w.add(b)
		w.lastTop = top
	}
	w.lastList = nil
	if single {
		w.lastList = n
	}
	w.listEmbeds(n, depth)
}

// lastBlock returns the body block added last, or nil before the first.
func (w *bodyWalker) lastBlock() *Block {
	if len(w.c.blocks) <= w.start {
		return nil
	}
	return &w.c.blocks[len(w.c.blocks)-1]
}

// continuesList reports whether the list element n, read as b, goes on
// with the list block last, whose last list element, of one item, is n's
// previous element sibling, of the same kind, with only blank text
// between: a list without numbers, or one whose numbers go on from
// last's (w.lastTop items at its outer depth: counting them again at
// each list made a run of nested one-item lists quadratic).
func (w *bodyWalker) continuesList(n *html.Node, last *Block, b Block) bool {
	prev := prevElementAcrossBlanks(n)
	if prev == nil || prev != w.lastList || prev.DataAtom != n.DataAtom || last.Kind != BlockList {
		return false
	}
	return n.DataAtom == atom.Ul || last.Start > 0 && b.Start == last.Start+w.lastTop
}

// topItems returns how many items of the list block b are at its outer
// depth.
func topItems(b Block) int {
	if b.Depths == nil {
		return len(b.Items)
	}
	n := 0
	for _, d := range b.Depths {
		if d == 0 {
			n++
		}
	}
	return n
}

// joinLists appends the items and links of b to the list block last.
func joinLists(last *Block, b Block) {
	if last.Depths != nil || b.Depths != nil {
		last.Depths = append(listDepths(*last), listDepths(b)...)
	}
	last.Items = append(last.Items, b.Items...)
	last.Links = append(last.Links, b.Links...)
}

// listDepths returns the depth of every item of the list block b, nil
// Depths meaning all at the outer depth.
func listDepths(b Block) []int {
	if b.Depths != nil {
		return b.Depths
	}
	return make([]int, len(b.Items))
}

// prevElementAcrossBlanks returns the element before n among its
// siblings when only blank text and comments part them, else nil.
func prevElementAcrossBlanks(n *html.Node) *html.Node {
	return elementAcrossBlanks(n.PrevSibling, func(x *html.Node) *html.Node { return x.PrevSibling })
}

// elementAcrossBlanks returns the first element from n on, stepping with
// next, when only blank text and comments come before it, else nil.
func elementAcrossBlanks(n *html.Node, next func(*html.Node) *html.Node) *html.Node {
	for ; n != nil; n = next(n) {
		switch {
		case n.Type == html.ElementNode:
			return n
		case n.Type == html.TextNode && !onlySpaces(n.Data):
			return nil
		}
	}
	return nil
}
