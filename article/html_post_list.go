package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some forum software sets the posts of a thread as the items of a list
// (<ol id="posts"><li class="post">, <ul component="topic"><li
// component="post">). Read as one list block, each post would become one
// line with everything its item holds: the poster's card, the hidden
// preview of the post it answers, its buttons. On a forum page, a list
// whose items are built of blocks is walked through instead, so that each
// post's parts are pruned or kept like any other element's.

// minPostItems is the number of items built of blocks that make a list
// of posts.
const minPostItems = 2

// postList reports whether list n, on the page of c whose stats are st,
// is a thread's list of posts: items built of blocks, with prose (a grid
// of product cards is built of blocks too, but has none). The walk has
// just looked n up, so its info is the one before st's cursor.
func postList(c *Context, st *pageStats, n *html.Node) bool {
	if c.article.PageType != PageTypeForum {
		return false
	}
	l := st.lastLookedUp(n)
	if l < 0 {
		return false
	}
	items := 0
	for j := l + 1; j < int(st.infos[l].end); j = int(st.infos[j].end) {
		in := &st.infos[j]
		if in.node.DataAtom == atom.Li && in.good > 0 && builtOfBlocks(in.node) {
			items++
		}
	}
	return items >= minPostItems
}

// builtOfBlocks reports whether list item li is built of divisions,
// minPostParts or more: a post (the poster's card, the message, its
// buttons), not a line of text in a wrapper.
func builtOfBlocks(li *html.Node) bool {
	parts := 0
	for d := range li.Descendants() {
		if d.Type == html.ElementNode && postPart(d) {
			parts++
			if parts >= minPostParts {
				return true
			}
		}
	}
	return false
}

// minPostParts is the number of divisions that make a list item a post.
const minPostParts = 3

// postPart reports whether n is a sectioning element a post is built of.
func postPart(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Section:
		return true
	}
	return false
}
