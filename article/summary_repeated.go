package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A label that heads several lists of a page is a field of its cards, not
// the article's key points: "Highlights" over the features of each
// program of a listing, "Summary" over each product. The newsroom's box is
// printed once. The page's lists are counted by the label before them
// once per parse, and only when a labelled box is found.

// labelHeadsMany reports whether label, a box's label, heads two lists of
// the page or more. Without the page (a reader made for one element),
// it reports false.
func (r *summaryReader) labelHeadsMany(label string) bool {
	if label == "" || r.doc == nil {
		return false
	}
	if r.listLabels == nil {
		r.listLabels = countListLabels(r.doc)
	}
	return r.listLabels[labelKey(label)] >= 2
}

// countListLabels counts the lists of doc by the short text of the
// element just before them, folded by labelKey.
func countListLabels(doc *html.Node) map[string]int {
	counts := make(map[string]int)
	for d := range descendants(doc) {
		if d.Type != html.ElementNode || (d.DataAtom != atom.Ul && d.DataAtom != atom.Ol) {
			continue
		}
		if t := listLabel(d); t != "" {
			counts[labelKey(t)]++
		}
	}
	return counts
}

// listLabel returns the short text of the element just before list, or "".
func listLabel(list *html.Node) string {
	prev := list.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode || !textAtMost(prev, 256) {
		return ""
	}
	t, ok := cappedText(prev, 64)
	if !ok {
		return ""
	}
	return summaryLabelText(t)
}
