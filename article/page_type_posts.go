package article

import "bytes"

// Forum software names the body of each post of a thread: "postbody"
// (phpBB, FluxBB, vBulletin), "message-body" (XenForo), "topic-body"
// (Discourse). The text sits in an element inside it, so the body itself
// has no text of its own; it counts as a post when its subtree holds
// prose. Comments under a story are named so too ("comment-body"), and
// are not a thread.

// postBodyWords are the class and id words of the body of a post.
var postBodyWords = [][]byte{[]byte("postbody"), []byte("post-body"), []byte("post_body"),
	[]byte("message-body"), []byte("messagebody"), []byte("topic-body")}

// postBody reports whether name, a lower-case class and id, names the
// body of a forum post.
func postBody(name []byte) bool {
	if bytes.Contains(name, []byte("comment")) {
		return false
	}
	for _, w := range postBodyWords {
		if bytes.Contains(name, w) {
			return true
		}
	}
	return false
}
