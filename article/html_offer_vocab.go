package article

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The class vocabulary of html_vocab.go is the vocabulary of news
// templates: there "meta" is the byline line, "promo" a box selling
// another story, "carousel" a gallery beside the text, "aside" a side
// note. A page that offers something (a product, a service, a shop's
// category, a reference) names its own content with the same words: its
// "meta-block" sections present the offer, its "carousel" slides are its
// features, its "promo" is what it sells. When such a page is read in
// main-content mode (see mainContent), an element marked surely
// boilerplate only by these words is kept; the words that mark
// boilerplate on any page (comments, sharing, cookies, footers, calls to
// action, dates) still prune it.

// anyPageBoilerWords match anywhere inside a class or id and mark
// boilerplate on any kind of page.
var anyPageBoilerWords = byteWords(
	"comment", "share", "sharing", "social", "newsletter", "cookie",
	"consent", "advert", "sponsor", "outbrain", "taboola", "recommend", "related",
	"subscri", "footer", "sidebar", "breadcrumb", "popup", "modal",
	"disqus", "signup", "trending", "popular", "mostread", "most-read",
	"sr-only", "screen-reader", "visually-hidden", "visuallyhidden",
	"donate", "cta-", "navbar", "navigation", "copyright", "gdpr", "onetrust", "optanon", "didomi",
)

// anyPageBoilerParts match a whole part of a class or id and mark
// boilerplate on any kind of page. "header" is not one: on a page that
// offers something, a "section-header" or "accordion-header" is the
// heading of a feature or a question; the <header> element stays
// boilerplate by its kind.
var anyPageBoilerParts = byteWords("ad", "ads", "adv", "nav", "sns", "hide", "cta",
	"date", "time", "pub")

// anyPageIndex holds the words that mark boilerplate on any page.
var anyPageIndex = func() *wordIndex {
	x := &wordIndex{}
	x.addSet(vocabStrong, false, anyPageBoilerWords)
	x.addSet(vocabStrong, true, anyPageBoilerParts)
	return x
}()

// offers reports whether a page of kind k offers something rather than
// tells a story or holds a discussion: neither an article nor a forum,
// by its type or its metadata.
func (k pageKind) offers() bool {
	return k.typ != PageTypeArticle && k.typ != PageTypeForum && !k.article
}

// offerContent reports whether the element of info in, marked surely
// boilerplate and not hidden, is so only by its class or id words that
// name content on a page that offers something: no word of it marks
// boilerplate on any page, and neither its kind (a footer, a navigation)
// nor its role (an author box) says boilerplate.
func offerContent(in *nodeInfo) bool {
	n := in.node
	if in.flags&(infoHidden|infoSurelyBoiler) != infoSurelyBoiler || n.Type != html.ElementNode {
		return false
	}
	if _, ok := boilerAtom(n.DataAtom); ok || authorBox(n) {
		return false
	}
	return !anyPageBoilerAttr(n)
}

// offerInline reports whether the inline element n, whose class says
// boilerplate (see boilerInline), says so only by words that name content
// on a page that offers something: a card that is one link, <a
// class="promo-card">, around the blocks of its title and description.
func offerInline(n *html.Node) bool {
	return n.DataAtom == atom.A && wrapsBlock(n) && !anyPageBoilerAttr(n)
}

// wrapsBlock reports whether a child element of n is a block element.
func wrapsBlock(n *html.Node) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && !inlineSet.has(ch.DataAtom) {
			return true
		}
	}
	return false
}

// anyPageBoilerAttr reports whether a word of n's class or id marks
// boilerplate on any page.
func anyPageBoilerAttr(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && anyPageBoilerName(a.Val) {
			return true
		}
	}
	return false
}

// anyPageBoilerName reports whether a word of a class or id value marks
// boilerplate on any page. No indexed word holds a space, so the whole
// value is read in one pass.
func anyPageBoilerName(val string) bool {
	return anyPageIndex.foldTags(val[:min(len(val), maxFoldedValue)]) != 0
}
