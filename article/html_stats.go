package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeInfo holds what one pass over the page learns of a block element
// (any element that is not inline): its text, how much of it is link
// text, and how much of it reads like article prose. The infos are kept
// in document order; end is the index past the element's last
// descendant, so that a subtree is a range of the slice.
type nodeInfo struct {
	node   *html.Node
	end    int32
	text   int32   // visible non-space bytes
	links  int32   // of which inside links
	good   int32   // non-link bytes of prose runs
	commas int32   // commas in the text
	score  float32 // prose bytes minus boilerplate bytes, see runScore
	own    float32 // the part of score from the element's own text run
	paras  int16   // prose runs
	weight int8    // class and id vocabulary, see classWeight
	flags  uint8
}

// Flags of a nodeInfo.
const (
	// infoHidden marks an element hidden from readers.
	infoHidden uint8 = 1 << iota
	// infoEmbed marks a subtree holding an element that an embed
	// extractor may claim.
	infoEmbed
	// infoBoiler marks a boilerplate element, see rescore.
	infoBoiler
	// infoMaybeBoiler marks an element whose kind or vocabulary says it
	// may be boilerplate.
	infoMaybeBoiler
	// infoSurelyBoiler marks an element whose kind or vocabulary says it
	// is boilerplate.
	infoSurelyBoiler
	// infoLandmark marks a subtree holding the page's headline or an
	// element the page calls its main content or article.
	infoLandmark
	// infoConsent marks a cookie or consent dialog, see consentDialog.
	infoConsent
)

// pageStats is the result of the stats pass.
type pageStats struct {
	infos  []nodeInfo
	cursor int
	// segments says whether streamed segments are shown, see
	// segmentStats.
	segments bool
	// cards is the index of the best list of cards plus one, 0 before
	// cardRegion has looked for it; see cardRegion.
	cards int
	// panels holds the ids of the panels that an expandable control
	// (an accordion's question) opens, see expandable.
	panels map[string]bool
	// thread says the page declares itself a discussion thread, whose
	// posts templates call comments, see threadWeight.
	thread bool
	// weights remembers the weights of long class values, see
	// classWeightIn and valueMemo.ofAttr; nil remembers nothing.
	weights valueMemo[int8]
	// embeds remembers which long class values name an embed, see
	// hasEmbedClassIn; nil remembers nothing.
	embeds valueMemo[bool]
}

// textRun accumulates the text of one block: the text under it that is
// not inside a nested block element.
type textRun struct {
	text, links, commas int32
	endsSentence        bool
}

// collectStats walks root once and fills the infos of its block elements;
// thread says the page declares itself a discussion thread.
func collectStats(root *html.Node, maxDepth int, thread bool) *pageStats {
	s := &pageStats{infos: make([]nodeInfo, 0, countBlocks(root)), thread: thread,
		weights: make(valueMemo[int8], memoValues), embeds: make(valueMemo[bool], memoValues)}
	s.collect(root, maxDepth)
	return s
}

// memoValues is the number of slots of the memos of class values, a
// power of two (see valueMemo): a news page has some 80 long values, of
// which the elements next to each other mostly repeat a few.
const memoValues = 64

// collect fills the infos of the block elements under root.
func (s *pageStats) collect(root *html.Node, maxDepth int) {
	var run textRun
	s.visit(root, &run, false, 0, maxDepth)
	s.rescore()
	s.silenceConsent()
}

// countBlocks counts the block elements under n, so that the infos are
// allocated once.
func countBlocks(n *html.Node) int {
	c := 0
	for d := range descendants(n) {
		if d.Type == html.ElementNode && !inlineSet.has(d.DataAtom) {
			c++
		}
	}
	return c + 1
}

// visit adds n's subtree to the stats. run is the text run of the
// nearest block ancestor; inLink says whether n is inside a link.
func (s *pageStats) visit(n *html.Node, run *textRun, inLink bool, depth, maxDepth int) {
	switch n.Type {
	case html.TextNode:
		addText(run, n.Data, inLink)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if maxDepth > 0 && depth > maxDepth {
		return
	}
	if n.Type == html.ElementNode && inlineSet.has(n.DataAtom) {
		if !isHidden(n) {
			s.visitChildren(n, run, inLink || n.DataAtom == atom.A, depth, maxDepth)
		}
		return
	}
	s.visitBlock(n, inLink, depth, maxDepth)
}

func (s *pageStats) visitChildren(n *html.Node, run *textRun, inLink bool, depth, maxDepth int) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		s.visit(ch, run, inLink, depth+1, maxDepth)
	}
}

// visitBlock records a block element and walks its children with a run
// of its own; its totals reach its ancestors through sum.
func (s *pageStats) visitBlock(n *html.Node, inLink bool, depth, maxDepth int) {
	i := len(s.infos)
	s.infos = append(s.infos, nodeInfo{node: n})
	var weight int8
	if n.Type == html.ElementNode {
		weight = classWeightIn(n, s.weights)
		if s.thread && weight < 0 {
			weight = threadWeight(n)
		}
	}
	flags := blockFlags(n, weight, s.embeds)
	if flags&infoHidden != 0 && (s.panels[Attr(n, "id")] || closedTab(n) || closedAnswer(n)) {
		flags &^= infoHidden // a closed answer of an accordion, a closed tab
	}
	if expandable(n) {
		s.addPanel(Attr(n, "aria-controls"))
	}
	if s.segments && flags&infoHidden != 0 && streamedSegment(n) {
		flags &^= infoHidden
	}
	if flags&infoHidden == 0 && (n.Type != html.ElementNode || !textless(n)) {
		var own textRun
		s.visitChildren(n, &own, inLink || n.DataAtom == atom.A, depth, maxDepth)
		s.sum(i, &own)
	}
	in := &s.infos[i]
	in.end = int32(len(s.infos))
	in.flags |= flags
	in.weight = weight
	s.judge(i)
}

// sum totals the children of infos[i] and its own run.
func (s *pageStats) sum(i int, own *textRun) {
	in := &s.infos[i]
	in.text, in.links, in.commas = own.text, own.links, own.commas
	v, good := runScore(in.node, own)
	in.score, in.own, in.good = v, v, good
	if good > 0 {
		in.paras = 1
	}
	for j := i + 1; j < len(s.infos); j = int(s.infos[j].end) {
		ch := &s.infos[j]
		in.text += ch.text
		in.links += ch.links
		in.commas += ch.commas
		in.good += ch.good
		in.score += ch.score
		in.paras += ch.paras
		in.flags |= ch.flags & (infoEmbed | infoLandmark)
	}
}
