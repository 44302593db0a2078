package article

import "strings"

// Templates set the standfirst inside a wrapper that reads as
// boilerplate: the article's header ("header_wrapper", "article_header")
// beside the lead image and its caption, or a meta box beside the byline
// and the share buttons ("byline-social", "article-meta"). The standfirst
// search skips such a wrapper, so on an article whose headline it found
// (not in the site's header above it) it first looks inside for
// an element whose class names a standfirst and that holds neither a link
// nor a date (see headerStandfirst): in a header, the class is enough;
// elsewhere its text must also be the page's description. A text that
// starts with the name of one of the article's authors is the author's
// biography ("Anurag is a journalist who..."), not a standfirst.

// boilerStandfirst returns the index of the standfirst inside the
// boilerplate element at i, or -1.
func (s *pageStats) boilerStandfirst(c *Context, i int, desc, title string) int {
	in := &s.infos[i]
	if c.article.PageType != PageTypeArticle || in.flags&(infoSurelyBoiler|infoHidden) != infoSurelyBoiler {
		return -1
	}
	header := headerBlock(in)
	if !header && desc == "" {
		return -1
	}
	for j := i + 1; j < int(in.end); j++ {
		d := &s.infos[j]
		if d.flags&infoHidden != 0 || !standfirstClass(d.node) || !headerStandfirst(d) {
			continue
		}
		if (header || sameText(d, desc)) && !holdsTitle(d.node, title) && !startsWithAuthor(c.article.Authors, nodeText(d.node)) {
			return j
		}
	}
	return -1
}

// startsWithAuthor reports whether text starts with a word of an author's name.
func startsWithAuthor(authors []Author, text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	first := strings.Trim(f[0], punctuation)
	for _, a := range authors {
		for _, w := range strings.Fields(a.Name) {
			if first != "" && strings.EqualFold(w, first) {
				return true
			}
		}
	}
	return false
}
