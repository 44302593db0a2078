package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Inside a story, some templates set a single teaser to another story:
// a label ("Related", "See also", "Ähnliche Artikel"), a linked
// title and a line of its excerpt, often with a picture. The excerpt
// reads as prose, so the prose test keeps the box; its label says what
// it is, and the whole box is left out.

// maxLabelScan is how many nodes of a box are read to find its first
// text.
const maxLabelScan = 48

// labelledTeaser reports whether the element of info in is a short box
// with links whose first text is a label of related stories.
func labelledTeaser(in *nodeInfo) bool {
	if in.text > maxTeaserBox || in.links == 0 || in.good == 0 || in.node.Type != html.ElementNode {
		return false
	}
	switch in.node.DataAtom {
	case atom.P, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return false // a label line alone, or a sentence that starts like one
	}
	return relatedLabel(Block{Kind: BlockParagraph, Text: firstText(in.node)})
}

// firstText returns the first text of n that is not space, read in its
// first maxLabelScan nodes, or "".
func firstText(n *html.Node) string {
	seen := 0
	for d := range descendants(n) {
		if seen++; seen > maxLabelScan {
			break
		}
		if d.Type == html.TextNode {
			if t := strings.TrimSpace(d.Data); t != "" && !inScript(d) {
				return t
			}
		}
	}
	return ""
}

// inScript reports whether the text node d is the source of a script or
// a style sheet.
func inScript(d *html.Node) bool {
	p := d.Parent
	return p != nil && (p.DataAtom == atom.Script || p.DataAtom == atom.Style || p.DataAtom == atom.Noscript)
}
