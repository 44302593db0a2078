package article

import "bytes"

// Forum software names the body of each post of a thread: "postbody"
// (phpBB, FluxBB, vBulletin), "message-body" (XenForo), "topic-body"
// (Discourse). The text sits in an element inside it, so the body itself
// has no text of its own; it counts as a post when its subtree holds
// prose. Comments under a story are named so too ("comment-body"), and
// are not a thread. The words are in partIndex, under partPostBody.

// postBodyWords are the class and id words of the body of a post.
var postBodyWords = []string{"postbody", "post-body", "post_body", "message-body", "messagebody", "topic-body"}

// postBody reports whether name, a lower-case class and id whose page
// parts (namedParts) are parts, names the body of a forum post.
func postBody(parts uint8, name []byte) bool {
	return parts&partPostBody != 0 && !bytes.Contains(name, []byte("comment"))
}
