package article

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// When the page declares nothing, its structure says what it is: a run
// of cards that holds more text than the best prose is a listing (a
// collection when the cards show prices); a buy button makes a product;
// repeated posts make a forum; a documentation path makes documentation;
// enough prose makes an article.

// Bounds of the structural page type.
const (
	// minArticleProse is the prose, in non-space bytes, from which a
	// page is an article when nothing says otherwise.
	minArticleProse = 1200
	// minListingText is the least text of the cards of a listing.
	minListingText = 800
	// minPrices is the number of price elements that make cards a
	// collection of products.
	minPrices = 3
	// minShopPrices is the number of price elements that make a page a
	// shop's collection, whatever its prose (a buying guide under the
	// grid of products).
	minShopPrices = 20
	// minCardsText is the least text of the cards of a collection.
	minCardsText = 500
	// minPosts is the number of post elements with prose that make a
	// forum thread.
	minPosts = 3
)

// pageVocab counts the elements whose class or id names a page part.
type pageVocab struct {
	prices, carts, posts int
	// bodies counts the post bodies with prose, see postBody.
	bodies int
}

// Class and id words of page parts.
var (
	priceWords = []string{"price"}
	cartWords  = []string{"add-to-cart", "addtocart", "add_to_cart", "add-to-bag", "addtobag", "add-to-basket", "buy-now", "buybox", "buy-box"}
	postWords  = []string{"post-body", "postbody", "post-content", "message-body", "messagebody", "reply", "answer", "thread", "topic-body", "forum"}
)

// The page parts a class or id may name, as bits.
const (
	partCart = 1 << iota
	partPrice
	partPost
	partPostBody
)

// partIndex holds the page part words, so that namedParts reads a name
// once.
var partIndex = func() *wordIndex {
	x := &wordIndex{}
	x.add(partCart, false, cartWords...)
	x.add(partPrice, false, priceWords...)
	x.add(partPost, false, postWords...)
	x.add(partPostBody, false, postBodyWords...)
	return x
}()

// countVocab counts the page parts of the page's elements.
func (s *pageStats) countVocab() pageVocab {
	var v pageVocab
	var buf [maxFoldedValue]byte
	bodyEnd := 0
	for i := range s.infos {
		in := &s.infos[i]
		parts, named := elementParts(in.node)
		if !named {
			continue
		}
		switch {
		case parts&partCart != 0:
			v.carts++
		case parts&partPrice != 0:
			v.prices++
		case in.own > 0 && parts&partPost != 0:
			v.posts++
		}
		if i >= bodyEnd && in.good > 0 && parts&partPostBody != 0 && postBody(parts, classAndID(buf[:0], in.node)) {
			v.bodies++
			bodyEnd = int(in.end)
		}
	}
	return v
}

// classAndID appends n's class, a space and its id, lower-cased, to buf,
// cut to buf's capacity.
func classAndID(buf []byte, n *html.Node) []byte {
	class, id := classAndIDValues(n)
	buf = lowerInto(buf, class)
	if len(buf) < cap(buf) {
		buf = lowerInto(append(buf, ' '), id)
	}
	return buf
}

// namedParts returns the page parts that name, lower case, holds words of.
func namedParts(name []byte) uint8 {
	return partIndex.tags(name)
}

// structuralPageType returns the page type the structure of the page
// says, given its content container root, or "".
func (s *pageStats) structuralPageType(root int, pageURL string) string {
	r := &s.infos[root]
	v := s.countVocab()
	cards := int32(0)
	if l := s.cardRegion(); l >= 0 {
		cards = s.cardText(l)
	}
	switch {
	case v.prices >= minShopPrices && cards >= minCardsText:
		return PageTypeCollection
	case cards >= minListingText && cards >= 2*r.good:
		if v.prices >= minPrices {
			return PageTypeCollection
		}
		return PageTypeListing
	case v.carts > 0 && r.good < 2*minArticleProse:
		return PageTypeProduct
	case v.posts >= minPosts || v.bodies >= minPosts:
		return PageTypeForum
	case docsPath(pageURL):
		return PageTypeDocumentation
	case r.good >= minArticleProse:
		return PageTypeArticle
	}
	return ""
}

// docsWords are the URL path segments of documentation.
var docsWords = map[string]bool{"docs": true, "doc": true, "documentation": true, "api": true, "reference": true, "manual": true}

// docsPath reports whether the path of u has a documentation segment.
func docsPath(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	return strings.HasPrefix(p.Host, "docs.") || pathHasWord(p.Path, docsWords)
}
