package article

import (
	"strings"

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

// maxPictureClimb is how many ancestors pictureCredit climbs.
const maxPictureClimb = 3

// pictureWords and creditWords are the parts of a class that marks the
// credit line of a picture: "imageCredits", "photo-source", "bildquelle".
var (
	pictureWords = []string{"image", "img", "photo", "foto", "bild", "picture"}
	creditWords  = []string{"credit", "copyright", "source", "quelle"}
)

// pictureCredit reports whether n stands in a picture's caption or in an
// element whose class marks a picture's credit ("Mit Material von MDR"
// under a photo credits the sources of the picture, not the article).
func pictureCredit(n *html.Node) bool {
	for i := 0; n != nil && i < maxPictureClimb; i, n = i+1, n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		if n.DataAtom == atom.Figcaption {
			return true
		}
		c := strings.ToLower(Attr(n, "class"))
		if containsAnyString(c, pictureWords) && containsAnyString(c, creditWords) {
			return true
		}
	}
	return false
}
