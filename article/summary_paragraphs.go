package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some newsrooms set their key points as paragraphs, not as a list: a box
// headed "TL;DR" holding one short paragraph, or "Key takeaways" over a
// few paragraphs each drawn with a bullet of its own. Such a box counts
// only when its label is one of the Config's summary labels: a class
// alone ("summary-box") also names notes and product cards.

// maxParagraphBox is how much text, in bytes, a box of paragraphs may
// hold to be read as key points.
const maxParagraphBox = 1500

// maxParagraphPoints is how many paragraphs a box of key points may hold.
const maxParagraphPoints = 6

// paragraphKeyPoints reads the labelled box n as key points set as
// paragraphs: its paragraphs besides the label, few and short, read as
// statements, and with the label making nearly all of n's text besides
// them.
func paragraphKeyPoints(n *html.Node, label string) (Summary, bool) {
	if !textAtMost(n, maxParagraphBox) {
		return Summary{}, false
	}
	all, ok := cappedText(n, maxParagraphBox)
	if !ok {
		return Summary{}, false
	}
	points, size := boxParagraphs(n, label)
	if len(points) == 0 || len(points) > maxParagraphPoints || len(all)-size-len(label) > maxBoxExtra {
		return Summary{}, false
	}
	if !statements(points, false) {
		return Summary{}, false
	}
	return Summary{Label: label, Points: points}, true
}

// boxParagraphs returns the texts of the paragraphs under n other than
// its label, and their length; nil when one is mostly a link (a
// promotion, not a point) or when n holds a list besides them.
func boxParagraphs(n *html.Node, label string) (points []string, size int) {
	key := labelKey(label)
	for d := range descendants(n) {
		if d.Type != html.ElementNode {
			continue
		}
		if d.DataAtom == atom.Ul || d.DataAtom == atom.Ol {
			return nil, 0 // a list that is not the box's main content
		}
		if d.DataAtom != atom.P {
			continue
		}
		t := nodeText(d)
		if t == "" || labelKey(summaryLabelText(t)) == key || introduction(t, points) {
			continue
		}
		if linkTextLen(d)*10 >= len(t)*7 {
			return nil, 0
		}
		points, size = append(points, t), size+len(t)
		if len(points) > maxParagraphPoints {
			return nil, 0
		}
	}
	return points, size
}

// introduction reports whether t, a paragraph of a box, introduces the
// points that follow it: the box's first paragraph, ending with a colon
// ("Here are five key insights:").
func introduction(t string, before []string) bool {
	return len(before) == 0 && strings.HasSuffix(t, ":")
}
