package article

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bodyWalker turns the article container into blocks in reading order,
// gathering inline content into paragraphs. Every element is first
// offered to the node extractors that asked for its kind, then pruned or
// turned into a block.
type bodyWalker struct {
	c      *Context
	st     *pageStats
	root   *nodeInfo
	skip   *html.Node // the standfirst, read apart
	lead   int        // the length in bytes of the standfirst read apart
	title  string     // the title, folded, to leave out of the body
	inline []byte
	// pending are the links of the paragraph being gathered; flushes
	// counts the paragraphs ended, to tell whether a link's paragraph
	// ended inside it.
	pending []pendingLink
	flushes int
	urls    linkResolver
	code    bool // the paragraph gathered holds inline code (<code>, <kbd>...)
	brs     int  // line breaks in a row
	// breaks are where the line breaks of the paragraph gathered fall in
	// inline, see flushBrList.
	breaks []int
	start  int  // the index of the first body block
	first  int  // the index of the info of the container's first prose
	cards  bool // the container is a list of cards, see cardList
	level  int  // the level of the last heading element, 0 before one

	// alt is the image passed last, whose caption may follow, see
	// captionKind.
	alt altCaption

	// lastList is the list element read last when it held one item: a
	// list of one item right after it continues it (see continuesList).
	lastList *html.Node
	// lastTop is how many items of the list block added last are at its
	// outer depth, kept as lists join it (see continuesList).
	lastTop int

	// product says the page is a product's: its customers' reviews are
	// left out, see reviewBox.
	product bool

	// offers says the page offers something (see pageKind.offers): in
	// a list of cards, the class words of its content are read as such,
	// see offerContent.
	offers bool

	// teasers caches, per parent element, whether its children are a
	// run of teasers to other pages, and the teasers' sizes, see
	// teaserRun; nil when the page is not an article, and then newsletter
	// boxes (signupBox) are kept too.
	teasers *teaserCache
}

// prunedHere reports whether the element of info index i is left out of
// the body.
func (w *bodyWalker) prunedHere(i int) bool {
	in := &w.st.infos[i]
	if w.product && reviewBox(in.node) {
		return true
	}
	if w.cards {
		return prunedCard(in) && !(w.offers && offerContent(in))
	}
	if w.teasers != nil && (signupBox(in) || labelledTeaser(in) || teaserRun(in, w.bodySize, w.teasers)) {
		return true
	}
	return pruned(in, w.root, w.first >= 0 && w.st.contains(i, w.first))
}

// bodySize returns the length in bytes of the body blocks added so far,
// the standfirst included: read apart, it is the story's first text all
// the same.
func (w *bodyWalker) bodySize() int {
	n := w.lead
	for _, b := range w.c.blocks[w.start:] {
		n += textSize(b)
	}
	return n
}

func (w *bodyWalker) walk(n *html.Node, depth int) {
	if max := w.c.cfg.Limits.MaxDepth; max > 0 && depth > max {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
	case html.ElementNode:
		w.element(n, depth)
	case html.DocumentNode:
		w.children(n, depth)
	}
}

func (w *bodyWalker) children(n *html.Node, depth int) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		w.walk(ch, depth+1)
	}
}

// text adds a text node to the paragraph being gathered.
func (w *bodyWalker) text(s string) {
	if w.brs > 0 && strings.TrimSpace(s) != "" {
		w.brs = 0
	}
	w.inline = append(w.inline, s...)
}

func (w *bodyWalker) element(n *html.Node, depth int) {
	if inlineSet.has(n.DataAtom) {
		w.inlineElement(n, depth)
		return
	}
	i := w.st.lookupIndex(n)
	var in *nodeInfo
	if i >= 0 {
		in = &w.st.infos[i]
	}
	if n == w.skip || w.extracted(n) || textless(n) || chromeBlock(w.c, in) {
		w.st.skipInfo(in)
		return
	}
	if in != w.root && in != nil && w.prunedHere(i) {
		w.st.skipInfo(in)
		w.dropDanglingHeading(in)
		if in.visibleEmbed() {
			w.offer(n, depth)
		}
		return
	}
	w.flush()
	if !w.block(n, depth) {
		w.children(n, depth)
	}
	w.flush()
}

// dropDanglingHeading removes the heading just added when the element
// pruned right after it was mostly links: it was the label of a link list
// or a box ("Read also", "Most popular"). A heading followed by a pruned
// picture and its credit, or by an advertisement slot, labels what comes
// next, or is a promotion label that cleanBlocks drops.
func (w *bodyWalker) dropDanglingHeading(pruned *nodeInfo) {
	w.flush()
	if pruned.text == 0 || 2*pruned.links < pruned.text || len(w.c.blocks) <= w.start {
		return
	}
	if last := len(w.c.blocks) - 1; w.c.blocks[last].Kind == BlockHeading {
		w.c.blocks = w.c.blocks[:last]
	}
}

// inlineElement walks an inline element: a line break, or its content.
// Two line breaks in a row end a paragraph.
func (w *bodyWalker) inlineElement(n *html.Node, depth int) {
	if w.extracted(n) || isHidden(n) || boilerInline(n) && !(w.cards && w.offers && offerInline(n)) || chromeLink(w.c, n) ||
		noteReference(n) {
		return
	}
	if n.DataAtom == atom.Img {
		w.noteImage(n)
		return
	}
	if n.DataAtom == atom.Br {
		w.brs++
		if w.brs == 2 {
			w.flush()
		}
		w.breaks = append(w.breaks, len(w.inline))
		w.inline = append(w.inline, ' ')
		return
	}
	switch n.DataAtom {
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		w.code = true
	case atom.A:
		w.inlineLink(n, depth)
		return
	}
	w.children(n, depth)
}

// extracted offers n to the node extractors that asked for its kind.
func (w *bodyWalker) extracted(n *html.Node) bool {
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

// block turns the block elements of a known kind into blocks and reports
// whether it did; the others are walked through.
func (w *bodyWalker) block(n *html.Node, depth int) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.heading(n)
	case atom.P:
		t, ok := boldLine(n)
		if !ok {
			return false
		}
		w.add(Block{Kind: BlockHeading, Text: t, Level: min(max(w.level, 2)+1, 6), Links: w.urls.nodeLinks(n)})
	case atom.Ul, atom.Ol:
		if postList(w.c, w.st, n) {
			return false
		}
		w.list(n, depth)
	case atom.Blockquote:
		w.add(Block{Kind: BlockQuote, Text: nodeText(n), Links: w.urls.nodeLinks(n)})
	case atom.Pre:
		w.add(Block{Kind: BlockCode, Text: preText(n)})
	case atom.Table:
		if layoutTable(n) {
			return false
		}
		w.add(w.linked(tableBlock(n), n))
	case atom.Figcaption:
		if w.cards {
			return false
		}
		w.add(Block{Kind: BlockFigure, Text: partedText(n)}) // a caption set outside a figure
	case atom.Figure:
		if w.cards && findFirst(n, atom.Figcaption) == nil {
			return false // a card set in a figure: its text is the card's
		}
		w.figure(n, depth)
	default:
		return false
	}
	return true
}

// maxBoldHeading is the longest bold line, in bytes, read as a
// sub-heading.
const maxBoldHeading = 100

// boldLine returns the text of a paragraph that is one bold run and reads
// as a sub-heading: short, with no sentence or label punctuation at its
// end. Many templates set their sub-headings so; such a heading ranks
// under the last heading element.
func boldLine(p *html.Node) (string, bool) {
	bold, ok := boldRun(p)
	if !ok || !beforeProse(p) {
		return "", false
	}
	t := nodeText(bold)
	if t == "" || len(t) > maxBoldHeading || strings.ContainsRune(".:;,!", rune(t[len(t)-1])) {
		return "", false
	}
	return t, true
}

// boldRun returns the one bold element that holds all the text of p.
func boldRun(p *html.Node) (*html.Node, bool) {
	var bold *html.Node
	for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode && strings.TrimSpace(ch.Data) == "":
		case ch.Type == html.ElementNode && (ch.DataAtom == atom.Strong || ch.DataAtom == atom.B) && bold == nil:
			bold = ch
		case ch.Type == html.ElementNode && ch.DataAtom == atom.Br:
		default:
			return nil, false
		}
	}
	return bold, bold != nil
}

// beforeProse reports whether the next element after p is a paragraph
// or a list that is not itself a bold line: the text a sub-heading
// introduces.
func beforeProse(p *html.Node) bool {
	next := p.NextSibling
	for next != nil && next.Type != html.ElementNode {
		if next.Type == html.TextNode && strings.TrimSpace(next.Data) != "" {
			return false
		}
		next = next.NextSibling
	}
	if next == nil {
		return false
	}
	switch next.DataAtom {
	case atom.Ul, atom.Ol:
		return true
	case atom.P:
		_, bold := boldRun(next)
		return !bold
	}
	return false
}

// heading adds a sub-heading, unless it repeats the title.
func (w *bodyWalker) heading(n *html.Node) {
	t := nodeText(n)
	if t == "" || foldText(t) == w.title || (n.DataAtom == atom.H1 && len(w.c.blocks) == 0) {
		return
	}
	w.level = int(n.Data[1] - '0')
	w.add(Block{Kind: BlockHeading, Text: t, Level: w.level, Links: w.urls.nodeLinks(n)})
}

// partedText returns the text of n with a space where two of its
// elements would glue a word to a capitalised one, as headingText does: a
// caption's credit ("… el pacto con el PSOE" "EL MUNDO"), a standfirst's
// kicker ("Agriculture" "L'Office fédéral…") or date, each set in an
// element of its own, stay apart from the words beside them.
func partedText(n *html.Node) string { return headingText(n) }

// figure offers what a figure holds to the extractors (an embed may be
// inside) and adds its caption as a figure block, with the address of its
// image; its text never becomes
// paragraphs, but a data table set in a figure is a table block, and on a
// page read whole, a quotation no extractor claims (a testimonial) is a
// quote block.
func (w *bodyWalker) figure(n *html.Node, depth int) {
	var caption *html.Node
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && ch.DataAtom == atom.Figcaption {
			caption = ch
			continue
		}
		if q := w.figureQuote(n, ch); q != nil && !w.extracted(q) {
			w.add(Block{Kind: BlockQuote, Text: nodeText(q)})
			continue
		}
		if figureTable(ch) && !w.extracted(ch) {
			w.add(w.linked(tableBlock(ch), ch))
			continue
		}
		w.offer(ch, depth+1)
	}
	if caption != nil {
		w.add(Block{Kind: BlockFigure, Text: partedText(caption), Image: figureImage(n, w.c.pageURL())})
	}
}

// offer offers n and its descendants to the extractors, without turning
// their text into blocks; a claimed element's subtree is not walked.
func (w *bodyWalker) offer(n *html.Node, depth int) {
	if n.Type != html.ElementNode || depth > w.c.cfg.Limits.MaxDepth && w.c.cfg.Limits.MaxDepth > 0 {
		return
	}
	if w.extracted(n) {
		return
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		w.offer(ch, depth+1)
	}
}

// add ends the current paragraph and appends b when it has text.
func (w *bodyWalker) add(b Block) {
	w.flush()
	w.alt = altCaption{}
	if b.Text != "" || len(b.Items) > 0 {
		w.c.AddBlock(b)
	}
}

// flush ends the paragraph gathered so far in w.inline, whose buffer
// the next paragraph reuses. A paragraph that is a template tag set in
// inline code is a line of code, as a tutorial prints one
// ("<p><code>{{ page.title }}</code></p>"), not a tag the CMS left
// unrendered: it is added as a code block, which dropPlaceholders keeps.
// A paragraph of no-break spaces only (U+00A0, or the narrow U+202F), which
// CleanText empties, is kept as one no-break space: the rules that read
// blocks see the page's spacing, and buildSections drops it (see
// blankBlock).
func (w *bodyWalker) flush() {
	w.brs = 0
	code := w.code
	w.code = false
	breaks := w.breaks
	w.breaks = w.breaks[:0]
	if len(w.inline) == 0 {
		return
	}
	if !code && w.flushBrList(breaks) {
		w.inline = w.inline[:0]
		w.flushes++
		return
	}
	t := CleanText(string(w.inline))
	if t == "" && bytes.ContainsFunc(w.inline, noBreakSpace) {
		t = "\u00a0"
	}
	links := w.paragraphLinks()
	w.inline = w.inline[:0]
	w.flushes++
	if t != "" {
		kind, image := w.captionKind(t)
		if code && templateTag(t) {
			kind = BlockCode
		}
		w.alt = altCaption{}
		w.c.AddBlock(Block{Kind: kind, Text: t, Links: links, Image: image})
	}
}

// foldText returns s lowercased with its white space collapsed, for
// comparing texts written differently: what strings.ToLower of the words
// of strings.Fields joined by spaces gives, in one pass (appendFolded).
func foldText(s string) string {
	return string(appendFolded(make([]byte, 0, len(s)), s, false))
}
