package article

import (
	"strings"
	"unicode"
)

// Articles on company blogs end on a button: "Contact us", "Sign up",
// "Get started", often under a one-line call ("Need a hand with your
// project?"). A button is a link set apart, a few words from a short
// list of calls to action; it is no text of the article. So is a plea to
// sign up for a newsletter or to subscribe, set as the last paragraph
// ("Make sure you stay in the loop with our newsletters"), and so is a
// pointer to the publisher's editorial policy ("Learn more about our
// editorial process"). On other pages (a service's or a product's) such
// calls are the page's own content, and they are kept. The pleas of
// other languages are in html_tail_calls_intl.go.

// buttonLines are whole lines, folded by lineKey, that are buttons.
var buttonLines = setOf(
	"contact us", "contact us today", "contact us now", "learn more", "sign up", "sign up now",
	"sign up today", "subscribe", "subscribe now", "subscribe today", "get started", "get started now",
	"get started today", "book a demo", "request a demo", "schedule a demo", "get a demo",
	"get a quote", "get a free quote", "request a quote", "apply now", "download now", "buy now",
	"shop now", "register now", "join now", "try it free", "try it for free", "try for free",
	"start free trial", "start your free trial", "add a comment", "leave a comment",
	"leave a reply", "post a comment", "find out more",
	"contactez-nous", "en savoir plus", "s'abonner", "abonnez-vous", "je m'abonne",
	"laisser un commentaire",
)

// maxCallLine is the longest button, or question above one, in bytes.
const maxCallLine = 100

// signupPhrases, folded by lineKey, ask the reader to sign up or to
// subscribe.
var signupPhrases = []string{
	"sign up", "subscribe to", "subscribe now", "subscribing to", "our newsletter",
	"stay in the loop", "in your inbox", "to your inbox", "become a paid subscriber",
	"abonnez-vous", "inscrivez-vous", "notre newsletter", "notre lettre d'information",
}

// englishPublisherWords are the English and French words by which a
// call speaks of its publisher ("our newsletter"); "you" is left out, as
// a story tells its reader where to sign up for a service too.
var englishPublisherWords = []string{"we", "us", "our", "my", "nous", "notre", "nos"}

// editorialPhrases, folded by lineKey, name a publisher's editorial
// policy.
var editorialPhrases = []string{
	"editorial process", "editorial policy", "editorial policies", "editorial standards",
	"editorial guidelines", "politique éditoriale", "charte éditoriale",
}

// maxSignupLine is the longest paragraph, in bytes, read as a plea to
// sign up.
const maxSignupLine = 300

// trimArticleTail drops, at the end of the blocks from index start on,
// the credit and promotion lines (trimTail) and, on an article, the calls
// to action (trimCalls), until neither is left.
func trimArticleTail(c *Context, blocks []Block, start int) []Block {
	for {
		blocks = trimTail(blocks, start)
		n := len(blocks)
		if blocks = trimCalls(c, blocks, start); len(blocks) == n {
			return blocks
		}
	}
}

// trimCalls drops the calls at the end of an article's blocks from index
// start on (see tailCall), and the one-line question right above them.
func trimCalls(c *Context, blocks []Block, start int) []Block {
	if !mayBeArticle(c.article.PageType) {
		return blocks
	}
	cut := false
	for len(blocks) > start+1 && tailCall(blocks[len(blocks)-1]) {
		blocks, cut = blocks[:len(blocks)-1], true
	}
	if n := len(blocks); cut && n > start+1 && callLine(blocks[n-1]) {
		blocks = blocks[:n-1]
	}
	return blocks
}

// tailCall reports whether b, at the end of an article, is a button, a
// plea to sign up or a pointer to the editorial policy.
func tailCall(b Block) bool {
	if b.Kind != BlockParagraph && b.Kind != BlockHeading || len(b.Text) > maxSignupLine {
		return false
	}
	k := lineKey(b.Text)
	if buttonKey(b.Text, k) {
		return true
	}
	return b.Kind == BlockParagraph && (signupLine(k) || containsAnyString(k, editorialPhrases))
}

// signupLine reports whether the paragraph folded to k (lineKey) asks
// the reader to sign up or to subscribe: a phrase of signupPhrases that
// opens a sentence ("sign up now…"), or one in a sentence that speaks of
// the publisher ("be sure to sign up so we can stay in touch"), not a
// fact of the story ("you can sign up at city hall").
func signupLine(k string) bool {
	if !containsAnyString(k, allSignupPhrases) {
		return false
	}
	return opensSentence(k, allSignupPhrases) || speaksOfPublisher(k)
}

// opensSentence reports whether one of the phrases starts k or a
// sentence of k.
func opensSentence(k string, phrases []string) bool {
	for _, p := range phrases {
		if strings.HasPrefix(k, p) {
			return true
		}
		for _, end := range []string{". ", "! ", "? "} {
			if strings.Contains(k, end+p) {
				return true
			}
		}
	}
	return false
}

// speaksOfPublisher reports whether k has a word of allPublisherWords, or
// names the page it is on ("this story").
func speaksOfPublisher(k string) bool {
	for _, w := range strings.FieldsFunc(k, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if allPublisherWords[w] {
			return true
		}
	}
	return containsAnyString(k, selfPhrases)
}

// callLine reports whether b is a short paragraph or heading that is one
// question, the call a button answers.
func callLine(b Block) bool {
	if b.Kind != BlockParagraph && b.Kind != BlockHeading || len(b.Text) > maxCallLine {
		return false
	}
	t := strings.TrimSpace(b.Text)
	return strings.HasSuffix(t, "?") && strings.Count(t, "?") == 1 && !strings.ContainsAny(strings.TrimSuffix(t, "?"), ".!")
}
