package article

import (
	"slices"
	"strings"
)

// Pictures the body walk does not read as figures leave their credit as
// a line of its own: "Photo: Agency", "Image credit: © Stock/Name",
// "Image provided by the brand". The line names who made or gave the
// picture, not the story, and a page's text leaves it out like a
// caption. It is recognised by its label, on short paragraphs only.

// maxCreditLine is the longest paragraph, in bytes, that may be a
// picture credit.
const maxCreditLine = 160

// creditLabels start a picture credit, folded by lineKey; each ends with
// the punctuation or the word that makes it a label rather than the start
// of a sentence about photography.
var creditLabels = slices.Concat(intlCreditLabels, []string{
	"photo:", "photos:", "image:", "images:", "picture:", "pictured:",
	"photo credit", "photo credits", "image credit", "image credits", "image source:",
	"photo by ", "photos by ", "image by ", "image via ", "photo via ",
	"image provided by ", "photo provided by ", "image courtesy of ", "photo courtesy of ",
	"image from ", "photo :", "image :", "crédit photo", "crédits photo", "crédit :",
})

// creditKey reports whether the line folded to k (lineKey) is a picture
// credit: it starts with a credit label.
func creditKey(k string) bool {
	return hasAnyPrefix(k, creditLabels) && !strings.HasSuffix(k, "?")
}
