package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file tells a byline from the credit of a picture or a work under a
// Creative Commons licence, which names its maker the same way ("Lots of
// bricks by Jane Doe, licensed under CC BY 2.0"): a text whose block
// links to a licence credits the work, not the article.

// maxLicenceNodes is how many nodes of a block licenceCredit looks at.
const maxLicenceNodes = 200

// licenceHosts are the addresses of licence deeds.
var licenceHosts = []string{"creativecommons.org/licenses", "creativecommons.org/publicdomain"}

// licenceCredit reports whether the header text t stands in a block (a
// paragraph, a caption, a list item) that links to a licence deed.
func licenceCredit(t headerText) bool {
	b := blockAround(t.node)
	if b == nil || !isCreditBlock(b) {
		return false
	}
	seen := 0
	for d := range descendants(b) {
		if seen++; seen > maxLicenceNodes {
			return false
		}
		if d.Type == html.ElementNode && d.DataAtom == atom.A && containsAnyString(Attr(d, "href"), licenceHosts) {
			return true
		}
	}
	return false
}

// isCreditBlock reports whether n is a block that may hold one credit
// line, not a whole page or story.
func isCreditBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Main, atom.Article, atom.Section, atom.Header, atom.Footer:
		return false
	}
	return true
}
