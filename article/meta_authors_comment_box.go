package article

import "golang.org/x/net/html"

// This file keeps the bylines of comments and of related stories out of
// the article's: when the story is short, the texts read after its
// headline reach the thread below it ("Par Jean Dupont, le 15 mai") or a
// box of other stories, whose bylines name their own writers. Such a box
// is told by its class or id (commentHints: "comment", "related").

// maxCommentClimb is how many ancestors inCommentBox climbs.
const maxCommentClimb = 12

// inCommentBox reports whether n stands in an element whose class or id
// marks a comment or a related story.
func inCommentBox(n *html.Node) bool {
	for i := 0; n != nil && i < maxCommentClimb; i, n = i+1, n.Parent {
		if n.Type == html.ElementNode && len(n.Attr) > 0 && classHint(n) == hintComment {
			return true
		}
	}
	return false
}
