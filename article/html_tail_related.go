package article

// An article may end on a box of links to other pages that the body walk
// did not prune: a label ("Related reads", "More from the blog", "You
// may also like") over a few teasers, each a title and a line of
// description. promoBlock drops the label wherever it is; at the end of
// an article, under only short blocks, the label is where the article
// ends, and the teasers below it go with it. The labels of other
// languages are in html_tail_related_intl.go.

// maxRelatedTail is the most blocks after a label of related links that
// may be cut with it.
const maxRelatedTail = 8

// maxTeaserBlock is the longest block, in bytes, taken for a teaser.
const maxTeaserBlock = 300

// maxRelatedLabel is the longest label, in bytes, of related links.
const maxRelatedLabel = 80

// relatedLabels are whole labels, folded by lineKey, over related links.
var relatedLabels = setOf(
	"related", "related reads", "related posts", "related articles", "related stories",
	"related content", "related reading", "related guides", "related news", "recommended",
	"recommended reading", "recommended for you", "recommended articles", "recommended posts",
	"you may also like", "you might also like", "you may also enjoy", "you might also enjoy",
	"you may be interested in", "you might be interested in", "read next", "keep reading",
	"more stories", "more articles", "more posts", "more to read", "more like this",
	"latest posts", "latest articles", "latest stories", "popular posts", "most popular",
	"trending now", "similar articles", "similar posts", "see also", "also read",
	"à lire aussi", "lire aussi", "sur le même sujet", "dans la même rubrique", "les plus lus",
	"vous aimerez aussi", "à découvrir aussi",
)

// relatedPrefixes start labels over related links ("More from the
// blog", "Explore more guides").
var relatedPrefixes = []string{"more from ", "explore more ", "other articles", "other posts", "plus d'articles"}

// cutRelatedTail cuts an article's body at the last label of related
// links that only short blocks, maxRelatedTail at most, follow.
func cutRelatedTail(c *Context, body []Block) []Block {
	if !mayBeArticle(c.article.PageType) {
		return body
	}
	cut := -1
	for i := len(body) - 2; i > 0 && i >= len(body)-1-maxRelatedTail; i-- {
		if textSize(body[i+1]) > maxTeaserBlock || body[i+1].Kind == BlockTable || body[i+1].Kind == BlockCode {
			break
		}
		if relatedLabel(body[i]) {
			cut = i
		}
	}
	if cut < 0 {
		return body
	}
	return body[:cut]
}

// relatedLabel reports whether b is a short heading or paragraph that
// labels related links.
func relatedLabel(b Block) bool {
	if b.Kind != BlockHeading && b.Kind != BlockParagraph || len(b.Text) > maxRelatedLabel {
		return false
	}
	k := lineKey(b.Text)
	return allRelatedLabels[k] || hasAnyPrefix(k, allRelatedPrefixes)
}
