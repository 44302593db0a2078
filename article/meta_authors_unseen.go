package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file settles a disagreement between the JSON-LD and the byline
// printed under the headline when nothing else speaks: a JSON-LD author
// whose name the page never prints (the account that posted the page, an
// editor filled in by the publishing system) yields to the byline the
// reader sees, since a source the page confirms beats one nothing
// confirms. A JSON-LD author the page prints anywhere stays.

// maxUnseenText is how many bytes of the page's text unseenLD reads.
const maxUnseenText = 1 << 20

// unseenLD reports whether the printed authors replace the JSON-LD
// authors structured: they share no name, they are the people of a
// byline word among the first texts after the headline, and the page's
// text names none of the structured authors.
func (ap authorPicker) unseenLD(doc *html.Node, header []headerText, structured, printed []Author) bool {
	if doc == nil || len(structured) == 0 || len(printed) == 0 || sharesAuthor(structured, printed) {
		return false
	}
	explicit, pos := ap.explicitByline(header)
	if pos < 1 || pos > maxLeadPos || !sharesAuthor(explicit, printed) {
		return false // not a byline under the headline: a link, a review's author, a footer's credit
	}
	for _, a := range printed {
		if !ap.personName(a.Name) || ap.orgLike(a.Name) {
			return false
		}
	}
	return !namedInText(doc, structured)
}

// namedInText reports whether the page's text, outside its head and its
// scripts, writes one of the names of as.
func namedInText(doc *html.Node, as []Author) bool {
	read := 0
	for n := range descendants(doc) {
		if n.Type != html.TextNode || inScript(n) || n.Parent.DataAtom == atom.Title {
			continue
		}
		for _, a := range as {
			if foldContains(n.Data, strings.TrimSpace(a.Name)) {
				return true
			}
		}
		if read += len(n.Data); read > maxUnseenText {
			return true // too long to tell: the JSON-LD stays
		}
	}
	return false
}
