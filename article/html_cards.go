package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pages that are not articles (listings, shop collections, topic pages)
// hold their main content as repeated cards: siblings of one kind and
// class, each a link with a title and a short snippet. The prose test
// sees one card at a time and picks a single snippet; when the element
// it picks sits in such a run of cards and holds little of their prose,
// the list of cards is the main content instead, read whole: titles,
// snippets and all, only hidden elements and sure boilerplate left out.

// Bounds of the card test.
const (
	// minCards is the number of alike siblings that make a list of cards.
	minCards = 3
	// cardLevels is how many ancestors of the chosen element are tried
	// as a card.
	cardLevels = 4
	// cardGain is how much more prose than the chosen element the list
	// must hold.
	cardGain = 2
	// maxCardText is the most text, in non-space bytes, that a card
	// holds: a title, a snippet, a price.
	maxCardText = 800
)

// cardList returns the index of the info of the list of cards that the
// element of index root sits in, or -1.
func (s *pageStats) cardList(root int) int {
	k := root
	for range cardLevels {
		p := s.parentIndex(k)
		if p < 0 || s.infos[k].text > maxCardText {
			return -1
		}
		if alikeCards(s.infos[k].node) >= minCards && s.infos[p].good >= cardGain*s.infos[root].good {
			return p
		}
		k = p
	}
	return -1
}

// parentIndex returns the index of the info of the parent element of
// infos[k], or -1.
func (s *pageStats) parentIndex(k int) int {
	parent := s.infos[k].node.Parent
	for i := k - 1; i >= 0; i-- {
		if s.infos[i].node == parent {
			return i
		}
	}
	return -1
}

// alikeCards counts the siblings of n, n included, of its kind and card
// class (see cardClass) that hold a link and text: the cards of a list,
// when they are several.
func alikeCards(n *html.Node) int {
	if n.Type != html.ElementNode || n.Parent == nil || !isCard(n) {
		return 0
	}
	class, count := cardClass(n), 0
	for sib := n.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
		if sib.Type == html.ElementNode && sib.DataAtom == n.DataAtom && cardClass(sib) == class && isCard(sib) {
			count++
		}
	}
	return count
}

// isCard reports whether n holds a link and some text.
func isCard(n *html.Node) bool {
	link, text := n.DataAtom == atom.A, false
	for d := range descendants(n) {
		switch {
		case d.Type == html.ElementNode && d.DataAtom == atom.A:
			link = true
		case d.Type == html.TextNode && !text:
			text = nonSpaceBytes(d.Data) > 0
		}
		if link && text {
			return true
		}
	}
	return false
}

// prunedCard reports whether the element of info in, inside a list of
// cards, is left out: only hidden elements and sure boilerplate are.
func prunedCard(in *nodeInfo) bool {
	return in.flags&(infoHidden|infoSurelyBoiler) != 0 && in.flags&infoEmbed == 0
}

// cardRegion returns bestCardList, looked for once per page.
func (s *pageStats) cardRegion() int {
	if s.cards == 0 {
		s.cards = s.bestCardList() + 1
	}
	return s.cards - 1
}

// bestCardList returns the index of the element whose alike card
// children hold the most text, or -1.
func (s *pageStats) bestCardList() int {
	best, bestText := -1, int32(0)
	for i := range s.infos {
		in := &s.infos[i]
		if in.flags&(infoHidden|infoBoiler) != 0 || in.text <= bestText {
			continue
		}
		if t := s.cardText(i); t > bestText {
			best, bestText = i, t
		}
	}
	return best
}

// cardGroup is a run of alike cards among the children of an element:
// their kind and card class, how many they are and their text.
type cardGroup struct {
	node  *html.Node // the first card
	class string     // its card class
	count int
	text  int32
	links int32 // of which inside links
	// loose says the cards' classes differ beyond their card word, see
	// cardClass.
	loose bool
}

// cardText returns the text of the largest group of alike card children
// of infos[i], or 0 when no group has minCards cards of minCardAvg text
// on average.
func (s *pageStats) cardText(i int) int32 {
	var groups []cardGroup
	var best int32
	for j := i + 1; j < int(s.infos[i].end); j = int(s.infos[j].end) {
		ch := &s.infos[j]
		if ch.node.Type != html.ElementNode || ch.text == 0 || ch.text > maxCardText || !isCard(ch.node) {
			continue
		}
		g := findGroup(&groups, ch.node)
		g.count++
		g.text += ch.text
		g.links += ch.links
		if g.count >= minCards && g.text > best && g.text >= int32(g.count)*minCardAvg && !(g.loose && g.menu()) {
			best = g.text
		}
	}
	return best
}

// findGroup returns the group of the cards alike n, adding it when it is
// the first.
func findGroup(groups *[]cardGroup, n *html.Node) *cardGroup {
	class := cardClass(n)
	for k := range *groups {
		g := &(*groups)[k]
		if g.node.DataAtom == n.DataAtom && g.node.Data == n.Data && g.class == class {
			g.loose = g.loose || Attr(g.node, "class") != Attr(n, "class")
			return g
		}
	}
	*groups = append(*groups, cardGroup{node: n, class: class})
	return &(*groups)[len(*groups)-1]
}

// minCardAvg is the least average text of a card, so that menus of
// short links are not taken for cards.
const minCardAvg = 40

// menu reports whether the group's cards hold nothing but links, as the
// items of a menu do. Cards alike only by their card word (see cardClass)
// must show something besides their links (a price, a snippet, a date):
// a menu's items, each with its own id in its class, are alike too.
func (g *cardGroup) menu() bool {
	return g.text-g.links < int32(g.count)
}
