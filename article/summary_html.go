package article

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Key-points boxes in HTML come in two shapes: a list after a label of one
// of the Config's languages ("L'essentiel", "Key points"...), and a list
// in a container whose class or id says what it is ("key-points",
// "takeaways", "article-summary"...). Both are looked for near the top of
// the article only: in the body, before much text has been read
// (summaryNodes); elsewhere in the page, before the body's first
// paragraph (summaryFallback), since newsrooms often set the box in the
// article's header, outside the element that holds the body.

// summaryNodes claims a key-points box in the body.
type summaryNodes struct{}

func (summaryNodes) Trigger() []atom.Atom {
	return []atom.Atom{
		atom.Div, atom.Section, atom.Aside, atom.Ul, atom.Ol, atom.P,
		atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
	}
}

func (summaryNodes) Extract(c *Context, n *html.Node) bool {
	if taken, _ := summaryList.Get(c); taken != nil && taken == n {
		return true
	}
	if c.article.Summary != nil || !nearTop(c, maxTextBeforeSummary) {
		return false
	}
	s, list, ok := keyPoints(summaryReaderOf(c), n, nearTop(c, 0))
	if !ok {
		return false
	}
	setSummary(c, s)
	summaryList.Set(c, list)
	return true
}

// summaryList is the list a labelled key-points box was read from, when
// it follows its label: the walker meets it after the label and must skip
// it.
var summaryList = NewContextKey[*html.Node]("html.summary-list")

// maxTextBeforeSummary is how much paragraph text, in bytes, may come
// before a key-points box in the body for it to count as near the top.
const maxTextBeforeSummary = 1200

// nearTop reports whether the blocks read so far hold at most max bytes
// of paragraph text, for what comes next to be near the top of the
// article. Short paragraphs (datelines, credits, leftovers of the page's
// chrome) do not count.
func nearTop(c *Context, max int) bool {
	return paragraphBytes(c) <= max
}

// paragraphCount is the key for the running count of paragraphBytes, so
// that each block is counted once however many elements are offered.
var paragraphCount = NewContextKey[*blockCount]("html.summary-paragraph-bytes")

// blockCount is how many blocks have been counted, and their bytes.
type blockCount struct{ blocks, bytes int }

// paragraphBytes returns the bytes of the paragraphs of 80 bytes or more
// among the blocks read so far.
func paragraphBytes(c *Context) int {
	n, _ := paragraphCount.Get(c)
	if n == nil || n.blocks > len(c.blocks) {
		n = &blockCount{}
		paragraphCount.Set(c, n)
	}
	for _, b := range c.blocks[n.blocks:] {
		if b.Kind == BlockParagraph && len(b.Text) >= 80 {
			n.bytes += len(b.Text)
		}
	}
	n.blocks = len(c.blocks)
	return n.bytes
}

// keyPoints reads the key-points box n is or introduces, and returns the
// list it took the points from. weak allows boxes known by a weak class
// word only ("bullet", which also names the style of many lists): the
// body reader allows them before the first paragraph only. A label that
// heads several lists of the page names no box (labelHeadsMany).
func keyPoints(r *summaryReader, n *html.Node, weak bool) (Summary, *html.Node, bool) {
	s, list, ok := keyPointsOf(r, n, weak)
	if !ok || negativeBox(n) || negativeAncestor(n) || r.labelHeadsMany(s.Label) {
		return Summary{}, nil, false
	}
	return s, list, true
}

// keyPointsOf reads the key-points box n is or introduces, whatever its
// surroundings. keyPoints then checks that neither n nor the elements
// around it are named as navigation and the like: a check rarely needed,
// since few elements make a box.
func keyPointsOf(r *summaryReader, n *html.Node, weak bool) (Summary, *html.Node, bool) {
	switch n.DataAtom {
	case atom.Ul, atom.Ol:
		if boxClass(n, weak) {
			return pointsOf(n, "", true)
		}
	case atom.Div, atom.Section, atom.Aside:
		if s, l, ok := keyPointsBox(r, n, weak); ok {
			return s, l, ok
		}
	}
	if n.DataAtom == atom.P {
		if s, ok := inlineKeyPoint(r.cfg, n); ok {
			return s, nil, true
		}
	}
	return labelledList(r.cfg, n)
}

// keyPointsBox reads a container holding a list that is a key-points box:
// by its class or id, or by its first text being a label. The list must
// make nearly all of the container's text; a labelled box without one may
// hold its points as paragraphs (paragraphKeyPoints). The cheap tests come first:
// every container of the body is offered.
func keyPointsBox(r *summaryReader, n *html.Node, weak bool) (Summary, *html.Node, bool) {
	label, labelled := boxLabel(r, n)
	if !labelled && !boxClass(n, weak) {
		return Summary{}, nil, false
	}
	list := mainList(n)
	if list == nil && labelled {
		s, ok := paragraphKeyPoints(n, label)
		return s, nil, ok
	}
	if list == nil {
		return Summary{}, nil, false
	}
	s, _, ok := pointsOf(list, label, !labelled)
	return s, list, ok
}

// mainList returns the list under n that holds nearly all of n's text, or
// nil: a box is its label and its list, not a body with a list in it.
func mainList(n *html.Node) *html.Node {
	if !textAtMost(n, 4000) {
		return nil
	}
	all, ok := cappedText(n, 4000)
	if !ok || all == "" {
		return nil
	}
	for d := range descendants(n) {
		if d.Type != html.ElementNode || (d.DataAtom != atom.Ul && d.DataAtom != atom.Ol) {
			continue
		}
		if t := nodeText(d); len(all)-len(t) <= maxBoxExtra {
			return d
		}
		return nil
	}
	return nil
}

// maxBoxExtra is how much text, in bytes, a key-points box may hold
// besides its list: a label, a note on the source.
const maxBoxExtra = 200

// maxLabelSearch is how many nodes boxLabel looks through for a box's
// first text.
const maxLabelSearch = 64

// boxLabel returns the visible label of a box: the text of the element
// that holds the box's first text, when it is short and not in a list.
// labelled says it is one of the Config's summary labels. That element is
// read once per parse (summaryReader.labelOf), for all the boxes around it.
func boxLabel(r *summaryReader, box *html.Node) (label string, labelled bool) {
	seen := 0
	for d := range descendants(box) {
		if seen++; seen > maxLabelSearch {
			return "", false
		}
		if d.Type != html.TextNode || onlySpaces(d.Data) || skippedAncestor(d, box) {
			continue
		}
		el := d.Parent
		if inList(el, box) {
			return "", false
		}
		l := r.labelOf(el)
		return l.text, l.labelled
	}
	return "", false
}

// inList reports whether n is a list or list item, or inside one, below
// top.
func inList(n, top *html.Node) bool {
	for ; n != nil && n != top; n = n.Parent {
		switch n.DataAtom {
		case atom.Ul, atom.Ol, atom.Li:
			return true
		}
	}
	return false
}

// skippedAncestor reports whether an element between n and top is one
// whose text the reader never takes (a script, a button...).
func skippedAncestor(n, top *html.Node) bool {
	for p := n.Parent; p != nil && p != top; p = p.Parent {
		if skippedSet.has(p.DataAtom) {
			return true
		}
	}
	return false
}

// labelledList reads a label element (a heading, a paragraph, a short
// div) followed by a list: the next element, or a wrapper whose main
// content is a list. Empty paragraphs between them are passed over
// (nextAfterSpacers). The label is read before the list's class, which
// few elements need.
func labelledList(cfg *Config, n *html.Node) (Summary, *html.Node, bool) {
	next := nextAfterSpacers(n)
	if next == nil || !listOrBox(next) || !textAtMost(n, 256) {
		return Summary{}, nil, false
	}
	t, ok := cappedText(n, 64)
	if !ok || !cfg.summaryLabel(t) || negativeBox(next) {
		return Summary{}, nil, false
	}
	list := next
	if next.DataAtom != atom.Ul && next.DataAtom != atom.Ol {
		list = mainList(next)
	}
	if list == nil {
		return Summary{}, nil, false
	}
	s, _, ok := pointsOf(list, summaryLabelText(t), false)
	return s, next, ok
}

// listOrBox reports whether n may hold the list of a labelled box: a list,
// or an element that may wrap one.
func listOrBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Aside:
		return true
	}
	return false
}

// nextSiblingElement returns the element after n among its siblings, or nil.
func nextSiblingElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return nil
		}
	}
	return nil
}

// inlineKeyPoint reads a paragraph that starts with a bold label and
// goes on with the point: "<p><b>TL;DR:</b> ...</p>".
func inlineKeyPoint(cfg *Config, p *html.Node) (Summary, bool) {
	first := p.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first == nil || (first.DataAtom != atom.Strong && first.DataAtom != atom.B) {
		return Summary{}, false
	}
	t, ok := cappedText(p, 600)
	if !ok {
		return Summary{}, false
	}
	label, rest, ok := inlineSummary(cfg, t)
	if !ok || !cfg.summaryLabel(nodeText(first)) {
		return Summary{}, false
	}
	return Summary{Label: label, Points: []string{rest}}, true
}

// pointsOf makes a Summary of the items of list, when it has items (two
// at least when strict, for a box known by its class only) that read as
// statements, not as links to other pages. Items
// that are only a link (a promotion slipped into the box) are left out
// when they are few.
func pointsOf(list *html.Node, label string, strict bool) (Summary, *html.Node, bool) {
	var points []string
	linky := 0
	for ch := list.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode || ch.DataAtom != atom.Li {
			continue
		}
		t := nodeText(ch)
		if t == "" {
			continue
		}
		if linkTextLen(ch)*10 >= len(t)*7 {
			linky++
			continue
		}
		points = append(points, t)
	}
	min := 1
	if strict {
		min = 2
	}
	if len(points) < min || linky > len(points) || !statements(points, strict) {
		return Summary{}, nil, false
	}
	return Summary{Label: label, Points: points}, list, true
}

// statements reports whether list items read as sentences: on average at
// least four words. strict, for boxes known by their class only, asks
// for what key points look like: at least four words each, six on
// average, and not paragraphs (45 words on average at most).
func statements(points []string, strict bool) bool {
	words := 0
	for _, p := range points {
		n := wordCount(p)
		if strict && n < 4 {
			return false
		}
		words += n
	}
	if !strict {
		return words >= 4*len(points)
	}
	return words >= 6*len(points) && words <= 45*len(points)
}

// linkTextLen returns the length of the text of the links under n.
func linkTextLen(n *html.Node) int {
	l := 0
	for _, a := range elementsUnder(n, atom.A) {
		l += len(nodeText(a))
	}
	return l
}

// summaryFallback looks for a key-points box in the rest of the page when
// the body held none: in the elements before the body's first paragraph
// (the article's header, a box above the body element). Found, the box is
// taken out of the body if the body read it as a list.
func summaryFallback(c *Context, a *Article) error {
	if a.Summary != nil || c.doc == nil {
		return nil
	}
	first := firstParagraph(a)
	if first == "" {
		return nil
	}
	f := &summaryFinder{r: summaryReaderOf(c), first: first}
	f.scan(c.doc)
	if f.found == nil || !f.reached {
		return nil
	}
	a.Summary = f.found
	if dropSummaryBlocks(a) {
		a.Text = buildText(a)
	}
	return nil
}

// firstParagraph returns the start of the first paragraph of the body that
// reads as a sentence, or "".
func firstParagraph(a *Article) string {
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Kind == BlockParagraph && len(b.Text) >= 80 {
				return cutPrefix(b.Text, 60)
			}
		}
	}
	return ""
}

// cutPrefix returns the first max bytes of s, cut at a rune boundary.
func cutPrefix(s string, max int) string {
	if len(s) <= max {
		return s
	}
	return cutText(s, max)
}

// summaryFinder walks a page in document order up to the body's first
// paragraph, looking for a key-points box. A box counts only once the
// walk has reached that paragraph: a page whose body start cannot be
// found gives none.
type summaryFinder struct {
	r       *summaryReader
	first   string
	found   *Summary
	reached bool
}

// fallbackSkipped reports whether a is an element the fallback never
// looks into.
func fallbackSkipped(a atom.Atom) bool {
	switch a {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav,
		atom.Footer, atom.Form, atom.Select, atom.Button, atom.Svg, atom.Iframe:
		return true
	}
	return false
}

func (f *summaryFinder) scan(n *html.Node) {
	for ch := n.FirstChild; ch != nil && !f.reached; ch = ch.NextSibling {
		if ch.Type == html.TextNode {
			f.reached = f.startsBody(ch.Data)
			continue
		}
		if ch.Type != html.ElementNode || fallbackSkipped(ch.DataAtom) || negativeBox(ch) {
			continue
		}
		if ch.DataAtom == atom.P && strings.HasPrefix(leadingText(ch, len(f.first)+8), f.first) {
			f.reached = true
			return
		}
		if f.found == nil {
			if s, _, ok := keyPoints(f.r, ch, false); ok {
				found := s // copied, so that s is not moved to the heap on every call
				f.found = &found
				continue
			}
		}
		f.scan(ch)
	}
}

// minBodyStart is how many bytes of the first paragraph a text node must
// start with to be taken for the start of the body.
const minBodyStart = 30

// startsBody reports whether the text node data starts the way the body's
// first paragraph does.
func (f *summaryFinder) startsBody(data string) bool {
	t := strings.TrimSpace(data)
	if len(t) < minBodyStart || t[0] != f.first[0] {
		return false
	}
	t = CleanText(t)
	k := min(len(t), len(f.first))
	return k >= minBodyStart && t[:k] == f.first[:k]
}

// leadingText returns about the first max bytes of n's clean text.
func leadingText(n *html.Node, max int) string {
	var b strings.Builder
	appendCapped(&b, n, max*2)
	return CleanText(b.String())
}

// dropSummaryBlocks removes from the body the list that holds the
// summary's points, and its label just before it, or the block that reads
// "Label: points" (inlineSummaryBlock), and reports whether it did.
func dropSummaryBlocks(a *Article) bool {
	points := strings.Join(a.Summary.Points, " ")
	for si := range a.Sections {
		blocks := a.Sections[si].Blocks
		for i, b := range blocks {
			if inlineSummaryBlock(b, a.Summary, points) {
				a.Sections[si].Blocks = slices.Delete(blocks, i, i+1)
				return true
			}
			if b.Kind != BlockList || !slices.Equal(b.Items, a.Summary.Points) {
				continue
			}
			from := i
			if i > 0 && blocks[i-1].Text != "" && labelKey(blocks[i-1].Text) == labelKey(a.Summary.Label) {
				from--
			}
			a.Sections[si].Blocks = slices.Delete(blocks, from, i+1)
			return true
		}
	}
	return false
}
