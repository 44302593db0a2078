package article

import "golang.org/x/net/html"

// After many articles, a box presents the author: a portrait, the name
// and a few lines of biography ("Jane Doe is a writer who covers ...").
// It is boilerplate of the site, not the article. Templates mark it by
// a class naming an author box ("author-box", "author-info",
// "post__author-summary", see strongBoilerWords) or as the article's
// author in microdata: a block with itemprop="author".

// authorBox reports whether the block element n is a box presenting the
// article's author in microdata.
func authorBox(n *html.Node) bool {
	return n.Type == html.ElementNode && Attr(n, "itemprop") == "author" && !inlineAtoms[n.DataAtom]
}
