package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// findFirst returns the first element of kind a under n, in document
// order, or nil.
func findFirst(n *html.Node, a atom.Atom) *html.Node {
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == a {
			return d
		}
	}
	return nil
}

// pageTitle returns the text of the first <h1>, else of <title>.
func pageTitle(doc *html.Node) string {
	for _, a := range []atom.Atom{atom.H1, atom.Title} {
		if n := findFirst(doc, a); n != nil {
			if t := nodeText(n); t != "" {
				return t
			}
		}
	}
	return ""
}

// nodeText returns the clean text of n's subtree.
func nodeText(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return CleanText(b.String())
}

// appendText writes the text of n's subtree to b, leaving out scripts,
// styles and hidden elements, with a space for each line break and
// around block elements.
func appendText(b *strings.Builder, n *html.Node) { writeText(b, n, false) }

// writeText is appendText; with spaced, it also writes a space at an
// element's edge where a word would glue to a capitalised one (see
// glued).
func writeText(b *strings.Builder, n *html.Node, spaced bool) {
	if !openNode(b, n) {
		return
	}
	prevElement := false
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if !spaced {
			writeText(b, ch, false)
			continue
		}
		var piece strings.Builder
		writeText(&piece, ch, true)
		element := ch.Type == html.ElementNode
		if (element || prevElement) && glued(b.String(), piece.String()) {
			b.WriteByte(' ')
		}
		b.WriteString(piece.String())
		prevElement = element
	}
	if blockEnd(n) {
		b.WriteByte(' ')
	}
}

// blockEnd reports whether n is an element of HTML that browsers set on a
// line of its own, whose end also parts its words from the text after
// it ("<div>3 days ago</div><a>Headline</a>"). Unknown elements, which
// browsers set inline, are left out: "(<x-source>13</x-source>)".
func blockEnd(n *html.Node) bool {
	return n.Type == html.ElementNode && n.DataAtom != 0 && !inlineSet.has(n.DataAtom)
}

// openNode writes to b the text of the text node n, or the space that
// sets the element n off the text around it (a line break, a block), and
// reports whether n's children are to be read: not those of a text node,
// a script, a style or a hidden element.
func openNode(b *strings.Builder, n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return false
	case html.ElementNode:
		if textless(n) || isHidden(n) {
			return false
		}
		if n.DataAtom == atom.Br || !inlineSet.has(n.DataAtom) {
			b.WriteByte(' ')
		}
	}
	return true
}

// neverText are the elements whose content is never article text.
var neverText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Head: true, atom.Select: true,
	atom.Textarea: true, atom.Button: true, atom.Input: true, atom.Video: true,
	atom.Audio: true, atom.Map: true, atom.Title: true, atom.Meta: true,
	atom.Link: true, atom.Img: true, atom.Picture: true, atom.Source: true,
}

// textless reports whether n's content is never article text: one of
// neverText, but an expandable button (the question of an accordion,
// whose answer it opens), or the call of a note (noteReference).
func textless(n *html.Node) bool {
	return noteReference(n) || neverTextSet.has(n.DataAtom) && !(n.DataAtom == atom.Button && expandable(n))
}

// noteReference reports whether n calls a note: a superscript (noteCall)
// or a link (noteLink).
func noteReference(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Sup:
		return noteCall(n)
	case atom.A:
		return noteLink(n)
	}
	return false
}

// noteCall reports whether the superscript n calls a note: all it holds
// is a link to a place on the same page ("#fn1", "#citations") whose text
// is a note's number or mark ("2", "[3]", "*"). Left in, it would end the
// sentence as "development 2 ." in the text.
func noteCall(n *html.Node) bool {
	link := soleElement(n)
	return link != nil && link.DataAtom == atom.A && strings.HasPrefix(Attr(link, "href"), "#") && noteMark(nodeText(link))
}

// noteLink reports whether the link n calls a note written the other way
// round: a link to a place on the same page whose only content is a
// superscript with a note's number or mark ("<a href=#fn-2><sup>2</sup></a>").
// Left in, it glued "Iowa Starting Line.2" and "points1".
func noteLink(n *html.Node) bool {
	if !strings.HasPrefix(Attr(n, "href"), "#") {
		return false
	}
	sup := soleElement(n)
	return sup != nil && sup.DataAtom == atom.Sup && noteMark(nodeText(sup))
}

// noteMark reports whether s is what calls a note: a number of up to three
// digits, a letter or a mark, bracketed or not.
func noteMark(s string) bool {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	switch {
	case s == "":
		return false
	case len(s) <= 3 && strings.Trim(s, "0123456789") == "":
		return true
	}
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && (unicode.IsLetter(r) || strings.ContainsRune("*†‡§", r))
}

// expandable reports whether the button n opens or closes another
// element of the page, the question of an accordion: it says whether it
// is open (aria-expanded) and which element it opens (aria-controls) or
// asks a question, or it is all its heading holds.
func expandable(n *html.Node) bool {
	if Attr(n, "aria-expanded") != "" && (Attr(n, "aria-controls") != "" || asksQuestion(n)) {
		return true
	}
	return soleHeadingChild(n)
}

// asksQuestion reports whether the text of n ends with a question mark.
func asksQuestion(n *html.Node) bool {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return strings.HasSuffix(strings.TrimSpace(b.String()), "?")
}

// soleHeadingChild reports whether n is all a heading holds: the heading
// is the question, n the control that opens its answer.
func soleHeadingChild(n *html.Node) bool {
	p := n.Parent
	if p == nil || !isHeadingElement(p) {
		return false
	}
	for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch != n && (ch.Type == html.ElementNode || strings.TrimSpace(ch.Data) != "") {
			return false
		}
	}
	return true
}

// addPanel records the ids of the panels an expandable control opens.
func (s *pageStats) addPanel(ids string) {
	if s.panels == nil {
		s.panels = make(map[string]bool)
	}
	for _, id := range strings.Fields(ids) {
		s.panels[id] = true
	}
}

// inlineAtoms are the elements that run inside a paragraph: their text
// belongs to the block around them.
var inlineAtoms = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Br: true, atom.Cite: true, atom.Code: true, atom.Data: true, atom.Dfn: true,
	atom.Em: true, atom.Font: true, atom.I: true, atom.Img: true, atom.Kbd: true,
	atom.Label: true, atom.Mark: true, atom.Q: true, atom.Rp: true, atom.Rt: true,
	atom.Ruby: true, atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true,
	atom.Strike: true, atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true,
	atom.Tt: true, atom.U: true, atom.Var: true, atom.Wbr: true, atom.Del: true,
	atom.Ins: true, atom.Picture: true, atom.Source: true, atom.Big: true, atom.Nobr: true,
	atom.Acronym: true, // HTML 4's abbreviation, still on older pages: "<acronym>NATO</acronym>'s"
}

// isHidden reports whether n is hidden from readers: the hidden attribute,
// aria-hidden="true", or an inline style with display:none or
// visibility:hidden.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// hiddenStyle reports whether an inline style hides its element.
func hiddenStyle(s string) bool {
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// skipped are the elements whose content is never article text, nor
// markup around it (kept for the extractors that use it).
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Svg: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Head: true,
	atom.Aside: true, atom.Header: true,
}
