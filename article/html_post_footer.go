package article

// Blog themes close each post with a line of its details: "This entry
// was posted on May 5, 2014 and is filed under News. You can follow any
// responses to this entry through the RSS 2.0 feed." ("Der Beitrag wurde
// am ... veröffentlicht und wurde unter ... abgelegt. Du kannst die
// Kommentare ... durch den RSS 2.0 Feed verfolgen."). It tells where the
// post is filed and how to follow it, not the story. It is told by both:
// a filing phrase and a feed or trackback phrase, which a story's
// sentence about a lawsuit "filed under seal" does not have.

// maxPostFooter is the longest paragraph, in bytes, that may be a post's
// footer.
const maxPostFooter = 600

// filingPhrases, folded by lineKey, say where a post is filed.
var filingPhrases = []string{
	"filed under", "posted in", "posted on", "abgelegt", "veröffentlicht", "classé dans",
	"publié dans", "publié le", "archivado en", "publicado en", "pubblicato in", "geplaatst in",
}

// feedPhrases, folded by lineKey, point to the post's feed or trackback.
var feedPhrases = []string{"rss 2.0", "rss feed", "rss-feed", "trackback", "pingback", "bookmark the permalink"}

// feedHints are in the raw text of every line feedPhrases match, so that
// most paragraphs are told apart without folding them.
var feedHints = []string{"RSS", "rss", "rackback", "ingback", "ermalink"}

// postFooter reports whether the paragraph of l is a blog post's footer.
func postFooter(l *foldedLine) bool {
	if len(l.text) > maxPostFooter || !containsAnyString(l.text, feedHints) {
		return false
	}
	k := l.key()
	return containsAnyString(k, feedPhrases) && containsAnyString(k, filingPhrases)
}
