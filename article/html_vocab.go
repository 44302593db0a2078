package article

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// The class and id vocabulary of page templates. A name part that holds
// one of the negative words marks boilerplate; a positive word marks the
// article. Negative words win, since "article-footer" or "post-comments"
// are boilerplate of an article.
var (
	// strongBoilerWords match anywhere inside a class or id, and win over
	// content words.
	strongBoilerWords = byteWords(slices.Concat(intlBoilerWords, []string{
		"comment", "related", "share", "sharing", "social", "newsletter", "cookie",
		"consent", "promo", "advert", "sponsor", "outbrain", "taboola", "recommend",
		"subscri", "footer", "sidebar", "breadcrumb", "popup", "modal",
		"disqus", "signup", "trending", "popular", "mostread",
		"most-read", "more-stories", "lire-aussi",
		"a-lire", "voir-aussi", "read-also", "readalso", "see-also", "sr-only",
		"further-reading", "screen-reader", "visually-hidden", "visuallyhidden",
		"donate", "cta-", "navbar", "navigation", "caption", "credit", "copyright",
		"slideshow", "gallery", "carousel", "gdpr", "onetrust", "optanon", "didomi",
		"signature", "author-box", "authorbox", "author-info", "author-summary",
		"author-desc", "about-author", "about-the-author", "author-card", "author-profile",
	})...)
	// weakBoilerWords match anywhere inside a class or id, and lose to
	// content words.
	weakBoilerWords = byteWords(
		"banner", "masthead", "paywall", "pagination", "readmore", "read-more", "menu", "pager", "login", "toolbar", "byline",
		"author", "dialog", "overlay", "tooltip", "nocontent", "noprint", "jump",
		"skip-link", "teaser", "inread", "rating", "keyword", "timestamp",
		"dateline", "print", "follow",
		"feedback", "next-post", "prev-post", "post-nav", "alert", "notification",
	)
	// boilerParts match a whole part of a class or id, split at "-", "_"
	// and spaces: short words that would match inside longer ones.
	boilerParts = byteWords(
		"ad", "ads", "adv", "nav", "tag", "tags", "bio", "meta", "cta", "aside",
		"date", "time", "sns", "pub", "topics", "extra", "tools", "links",
		"hide", "header", "related", "side", "shop", "utility", "rail", "offer",
	)
	// contentWords match anywhere inside a class or id.
	contentWords = byteWords(
		"article", "content", "body", "post", "entry", "story", "text", "main",
		"prose", "blog", "hentry", "chapo", "lede", "paragraph",
	)
)

// nameWords is a list of lowercase ASCII words indexed by their first
// byte, so that finding one of them in a name takes one pass over it.
type nameWords struct {
	first [256][]string
}

// byteWords returns the set of ws.
func byteWords(ws ...string) *nameWords {
	s := &nameWords{}
	for _, w := range ws {
		s.first[w[0]] = append(s.first[w[0]], w)
	}
	return s
}

// classWeight returns 1 when a word of n's class or id names article
// content, else -2 when one surely names boilerplate, -1 when one may,
// else 0. Each space-separated word is weighed apart, so that
// "article-body pagination-first" is content and "post-comments" is
// boilerplate. A heading is the header of its section: "header" in its
// class ("header-anchor-post") says nothing of it.
func classWeight(n *html.Node) int8 {
	return classWeightIn(n, nil)
}

// classWeightWithout is classWeight with the word drop (lower case) left
// out of n's class and id values; "" leaves them whole. The values are
// weighed through memo. A heading that has its slug as id weighs 0 at
// least, see headingSlug.
func classWeightWithout(n *html.Node, drop string, memo valueMemo[int8]) int8 {
	w, slug := int8(0), false
	for _, a := range n.Attr {
		if a.Key == "id" && a.Val != "" && headingSlug(n, a.Val) {
			slug = true
			continue
		}
		if a.Key != "class" && a.Key != "id" || a.Val == "" || a.Key == "id" && sectionSlug(n, a.Val) {
			continue
		}
		v := a.Val
		if drop != "" {
			v = strings.ReplaceAll(strings.ToLower(v), drop, "")
		}
		x := memo.ofAttr(a.Key, v, valueWeight)
		if x == 1 {
			return 1
		}
		w = min(w, x)
	}
	if w < 0 && slug {
		return 0
	}
	return w
}

// valueWeight weighs one class or id value: 1 when one of its words is
// content, else the least weight of its words, 0 at most.
func valueWeight(val string) int8 {
	w := int8(0)
	v := val[:min(len(val), maxFoldedValue)]
	for i := 0; i < len(v); {
		var tags uint8
		tags, i = vocabIndex.foldWordTags(v, i)
		switch x := weightOfTags(tags); {
		case x == 1:
			return 1
		case x < w:
			w = x
		}
	}
	return w
}

// lowerInto appends the ASCII-lowercased s to buf, cut to buf's capacity.
func lowerInto(buf []byte, s string) []byte {
	for i := 0; i < len(s) && len(buf) < cap(buf); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// weightOfTags weighs a word by the vocabulary tags found in it.
func weightOfTags(tags uint8) int8 {
	switch {
	case tags&vocabStrong != 0:
		return -2
	case tags&vocabContent != 0:
		return 1
	case tags&vocabWeak != 0:
		return -1
	}
	return 0
}

// The tags of the lists of vocabIndex.
const (
	vocabStrong = 1 << iota
	vocabContent
	vocabWeak
)

// vocabIndex holds the class and id vocabulary, so that nameWeight reads
// a name once.
var vocabIndex = func() *wordIndex {
	x := &wordIndex{}
	x.addSet(vocabStrong, false, strongBoilerWords)
	x.addSet(vocabStrong, true, boilerParts)
	x.addSet(vocabContent, false, contentWords)
	x.addSet(vocabWeak, false, weakBoilerWords)
	return x
}()

// containsAny reports whether v contains one of words.
func containsAny(v []byte, words *nameWords) bool {
	for i, c := range v {
		for _, w := range words.first[c] {
			if len(v)-i >= len(w) && string(v[i:i+len(w)]) == w {
				return true
			}
		}
	}
	return false
}

func isNameSeparator(c byte) bool {
	return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == ':' || c == '.'
}
