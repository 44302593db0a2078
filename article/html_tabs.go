package article

import "golang.org/x/net/html"

// Tabbed content (the same command for several languages, the sections
// of a service page) shows one panel and hides the others until their tab
// is chosen: role="tabpanel" says a hidden element is such a panel, part
// of the content a reader opens with one click, not furniture kept out of
// sight.

// closedTab reports whether hidden element n is a panel of tabbed
// content.
func closedTab(n *html.Node) bool {
	return Attr(n, "role") == "tabpanel"
}
