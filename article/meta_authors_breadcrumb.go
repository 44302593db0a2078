package article

import "golang.org/x/net/html"

// This file keeps the trail of sections out of an element marked as the
// author. Templates put the byline and the breadcrumb in one block ("von
// Redaktion in Rubrik: Hyundai > Hyundai Tests"): when the byline names
// no one, the section names that follow are no authors either.

// maxCrumbClimb is how many ancestors inBreadcrumb climbs.
const maxCrumbClimb = 6

// inBreadcrumb reports whether n, below root, stands in an item of a
// breadcrumb trail or a link to a section or a tag: an element with
// itemprop=itemListElement, a class naming a breadcrumb, or a taxonomy
// link.
func inBreadcrumb(n, root *html.Node) bool {
	for i := 0; n != nil && n != root && i < maxCrumbClimb; i, n = i+1, n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		if Attr(n, "itemprop") == "itemListElement" || isTaxonomyLink(n) ||
			foldContains(Attr(n, "class"), "breadcrumb") {
			return true
		}
	}
	return false
}
