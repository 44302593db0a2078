package article

import "strings"

// A plea to support the publisher ("If you're enjoying this article,
// consider supporting our journalism by subscribing", "Unterstützen Sie
// unabhängigen Journalismus!") may stand between two paragraphs of a
// story or under it, above the boxes that end the page, where trimCalls
// does not reach. Anywhere in an article's body, a short paragraph with
// one of supportPhrases is left out when the phrase opens one of its
// sentences or the paragraph speaks of the publisher, as newsletterPlea
// does for newsletters. A story about others' funding ("the grants
// support independent journalism in the region") is kept, and so is a
// quotation: its "our" is the speaker's ("“We ask the council to support
// our work,” said the shelter's director").

// maxSupportPlea is the longest paragraph, in bytes, read as a plea for
// support.
const maxSupportPlea = 400

// supportPhrases ask the reader to support or pay for the publisher's
// work, folded as lineKey folds a line.
var supportPhrases = []string{
	"support our journalism", "supporting our journalism", "support our work", "supporting our work",
	"support our mission", "support independent journalism", "supporting independent journalism",
	"support quality journalism", "consider supporting our", "consider supporting us",
	"consider supporting this", "become a paid subscriber", "becoming a paid subscriber",
	"consider subscribing",
	"unterstützen sie unabhängigen journalismus", "unser unabhängiger journalismus",
	"unseren unabhängigen journalismus", "soutenez notre", "soutenez le journalisme",
	"soutenir notre journalisme", "apoya nuestro periodismo", "apoya el periodismo",
	"sostieni il giornalismo", "sostieni il nostro",
}

// speechQuotes are the marks that open or close a quotation.
const speechQuotes = "\"“”«»„"

// supportStems are parts that each of supportPhrases holds: a paragraph
// with none of them is no plea, found with a few searches instead of one
// for each phrase.
var supportStems = []string{"support", "subscri", "journalismus", "souten", "apoya", "sostieni"}

// supportPlea reports whether the paragraph b, of folded line l, asks
// the reader to support the publisher.
func supportPlea(b Block, l *foldedLine) bool {
	if b.Kind != BlockParagraph || len(b.Text) > maxSupportPlea || strings.ContainsAny(b.Text, speechQuotes) {
		return false
	}
	k := l.key()
	return containsAnyString(k, supportStems) && containsAnyString(k, supportPhrases) &&
		(opensSentence(k, supportPhrases) || speaksOfPublisher(k))
}
