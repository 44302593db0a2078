package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the one walk over the page that gathers what the
// metadata readers look at: <meta> and <link> tags, the <title>, the
// JSON-LD scripts, and the elements of the visible page that may hold a
// headline, a byline or a date, each with its position in document order.

// Bounds of the metadata walk.
const (
	maxMetaTags   = 400 // <meta> tags kept
	maxMetaNodes  = 60  // elements kept of each kind (h1, time, byline, date)
	maxMetaValue  = 4096
	maxHintLength = 64 // longest class or id attribute searched for hints
)

// metaTag is one <meta> tag: its name, property, itemprop or http-equiv,
// lower-cased, and its content.
type metaTag struct {
	key, value string
}

// linkTag is one <link> or <a> with a rel the metadata readers use.
type linkTag struct {
	rel, href string
	node      *html.Node
	pos       int
}

// posNode is an element and its position in document order.
type posNode struct {
	n   *html.Node
	pos int
}

// pageMeta is what the metadata walk gathers.
type pageMeta struct {
	lang    string
	title   string
	metas   []metaTag
	links   []linkTag
	jsonLD  []string
	h1s     []posNode
	h2s     []posNode // the first maxTitleH2s <h2>s
	heads   []posNode // elements with itemprop=headline
	times   []posNode // <time> elements and elements with a date itemprop
	authors []posNode // itemprop=author, rel=author, byline classes
	// tagLinks are the <a rel="tag"> outside the head and the quiet parts;
	// pathTags the other links there whose address is a tag's or a
	// category's page.
	tagLinks, pathTags []*html.Node
	dates              []posNode // elements whose class or id speaks of a date
	// scripts are the texts of the inline scripts that are not JSON-LD,
	// attrDates the elements with a date attribute (data-date), see
	// meta_date_hidden.go.
	scripts   []string
	attrDates []posNode
	count     int
	// itemThread is the thread type the page's microdata declares, see
	// microdataType.
	itemThread string
	// hints remembers the hints of the page's class values for the walk,
	// see classHintIn.
	hints valueMemo[uint8]
}

// collectMeta walks doc once and gathers its metadata.
func collectMeta(doc *html.Node, maxDepth int) *pageMeta {
	m := &pageMeta{hints: make(valueMemo[uint8], memoValues)}
	m.walk(doc, 0, maxDepth, 0)
	return m
}

// Where the walk is: in the <head>, or in a part of the page (comments,
// navigation, footers, related links) whose bylines and dates are not the
// article's.
const (
	inHead = 1 << iota
	inQuiet
	inArticle
)

func (m *pageMeta) walk(n *html.Node, depth, maxDepth int, where int) {
	if maxDepth > 0 && depth > maxDepth {
		return
	}
	if n.Type == html.ElementNode {
		m.count++
		hint := classHintIn(n, m.hints)
		if !m.element(n, where, hint) {
			return
		}
		where |= whereIn(n, where, hint)
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		m.walk(ch, depth+1, maxDepth, where)
	}
}

// whereIn returns where the children of n are. The footer of an
// <article> holds its byline as often as not.
func whereIn(n *html.Node, where, hint int) int {
	switch n.DataAtom {
	case atom.Head:
		return inHead
	case atom.Article:
		return inArticle
	case atom.Footer:
		if where&inArticle == 0 {
			return inQuiet
		}
	case atom.Nav, atom.Aside, atom.Form:
		return inQuiet
	}
	if hint&hintComment != 0 {
		return inQuiet
	}
	return 0
}

// element gathers what n says and reports whether its children are to be
// walked.
func (m *pageMeta) element(n *html.Node, where, hint int) bool {
	head := where&inHead != 0
	switch n.DataAtom {
	case atom.Html:
		m.lang = Attr(n, "lang")
		if m.lang == "" {
			m.lang = Attr(n, "xml:lang")
		}
	case atom.Title:
		if m.title == "" && (head || n.Parent != nil && n.Parent.DataAtom != atom.Svg) {
			m.title = boundedText(n, maxMetaValue)
		}
		return false
	case atom.Meta:
		m.meta(n)
		return false
	case atom.Link:
		m.link(n)
		return false
	case atom.Script:
		if strings.Contains(strings.ToLower(Attr(n, "type")), "ld+json") && n.FirstChild != nil {
			m.jsonLD = append(m.jsonLD, n.FirstChild.Data)
		} else {
			m.script(n)
		}
		return false
	case atom.Style, atom.Svg, atom.Template, atom.Noscript:
		return false
	case atom.H1:
		m.h1s = keep(m.h1s, n, m.count)
	case atom.H2:
		if len(m.h2s) < maxTitleH2s {
			m.h2s = append(m.h2s, posNode{n, m.count})
		}
	case atom.Time:
		if where&inQuiet == 0 {
			m.times = keep(m.times, n, m.count)
		}
	}
	if where&(inHead|inQuiet) == 0 {
		m.visible(n, hint)
	}
	m.microdataType(n)
	return true
}

// keep appends n to s unless s is full.
func keep(s []posNode, n *html.Node, pos int) []posNode {
	if len(s) >= maxMetaNodes {
		return s
	}
	return append(s, posNode{n, pos})
}

// meta records a <meta> tag under each of its names.
func (m *pageMeta) meta(n *html.Node) {
	if len(m.metas) >= maxMetaTags {
		return
	}
	var content, charset string
	var keys [4]string
	k := 0
	for _, a := range n.Attr {
		switch a.Key {
		case "content":
			content = a.Val
		case "value", "datetime":
			charset = a.Val
		case "name", "property", "itemprop", "http-equiv":
			if k < len(keys) && a.Val != "" {
				keys[k] = strings.ToLower(strings.TrimSpace(a.Val))
				k++
			}
		}
	}
	if content == "" {
		content = charset
	}
	content = strings.TrimSpace(content)
	if content == "" || len(content) > maxMetaValue {
		return
	}
	for _, key := range keys[:k] {
		for f := range strings.FieldsSeq(key) { // property="og:title twitter:title"
			m.metas = append(m.metas, metaTag{f, content})
		}
	}
}

// link records a <link> with a rel the readers use.
func (m *pageMeta) link(n *html.Node) {
	rel := strings.ToLower(Attr(n, "rel"))
	href := strings.TrimSpace(Attr(n, "href"))
	if href == "" {
		return
	}
	switch rel {
	case "canonical", "image_src", "author":
		m.links = append(m.links, linkTag{rel: rel, href: href, node: n, pos: m.count})
	}
	if Attr(n, "itemprop") != "" {
		m.visible(n, 0)
	}
}

// visible gathers the hints of an element of the page body: microdata,
// rel=author links, and class names that speak of bylines and dates.
func (m *pageMeta) visible(n *html.Node, hint int) {
	if ip := Attr(n, "itemprop"); ip != "" {
		m.itemprop(n, ip)
	}
	m.attrDate(n)
	if n.DataAtom == atom.A && strings.Contains(strings.ToLower(Attr(n, "rel")), "author") {
		m.authors = keep(m.authors, n, m.count)
		return
	}
	if n.DataAtom == atom.A && m.tagLink(n) {
		return
	}
	switch {
	case hint&hintComment != 0:
	case hint&hintAuthor != 0:
		m.authors = keep(m.authors, n, m.count)
		if namesDate(n) { // "byline-date": a date too
			m.dates = keep(m.dates, n, m.count)
		}
	case hint&hintDate != 0:
		m.dates = keep(m.dates, n, m.count)
	}
}

// itemprop records an element of schema.org microdata.
func (m *pageMeta) itemprop(n *html.Node, ip string) {
	for _, p := range strings.Fields(ip) {
		switch p {
		case "author", "creator":
			m.authors = keep(m.authors, n, m.count)
		case "datePublished", "dateCreated", "dateModified", "uploadDate":
			m.times = keep(m.times, n, m.count)
		case "headline":
			m.heads = keep(m.heads, n, m.count)
		}
	}
}

// The hints a class or id gives.
const (
	hintAuthor = 1 << iota
	hintDate
	hintComment
)

// classHint reads the class and id of n for words that mark a byline, a
// date, or a comment.
func classHint(n *html.Node) int {
	return classHintIn(n, nil)
}

// classHintIn is classHint with the values read through memo: the walk
// of collectMeta meets the same class values on many elements.
func classHintIn(n *html.Node, memo valueMemo[uint8]) int {
	h := 0
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			h |= int(memo.ofAttr(a.Key, a.Val, valueHintTags))
		}
	}
	return h
}

// valueHintTags is valueHint as a byte, the size memo keeps.
func valueHintTags(val string) uint8 { return uint8(valueHint(val)) }

// valueHint returns the hint of one class or id value.
func valueHint(val string) int {
	if len(val) > maxHintLength*2 || val == "" {
		return 0
	}
	return hintOfTags(hintIndex.foldTags(val))
}

// The words of class names that give hints, lower case.
var (
	commentHints = []string{"comment", "related", "author-bio", "authorbio"}
	authorHints  = []string{"byline", "author", "autor", "auteur", "writer", "signature", "username", "user-name",
		"verfasser", "forfatter", "skribent", "yazar", "penulis", "szerzo", "kirjoittaja", "journalist", "reporter"}
	dateHints = []string{"date", "time", "publish", "posted"}
)

// hintIndex holds the hint words, so that hintOf reads a value once.
var hintIndex = func() *wordIndex {
	x := &wordIndex{}
	x.add(hintComment, false, commentHints...)
	x.add(hintAuthor, false, authorHints...)
	x.add(hintDate, false, dateHints...)
	return x
}()

// namesDate reports whether a class or id of n holds a date word, whatever
// hint wins over it ("byline-date" gives an author hint).
func namesDate(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && a.Val != "" && len(a.Val) <= maxHintLength*2 &&
			int(hintIndex.foldTags(a.Val))&hintDate != 0 {
			return true
		}
	}
	return false
}

// hintOfTags returns the hint that wins among the tags found in a value.
func hintOfTags(found uint8) int {
	switch {
	case found&hintComment != 0:
		return hintComment
	case found&hintAuthor != 0:
		return hintAuthor
	case found&hintDate != 0:
		return hintDate
	}
	return 0
}

// metaValues returns the contents of the <meta> tags named key, in page
// order.
func (m *pageMeta) metaValues(key string) []string {
	var out []string
	for _, t := range m.metas {
		if t.key == key {
			out = append(out, t.value)
		}
	}
	return out
}

// metaValue returns the content of the first <meta> tag named by one of
// keys, trying the keys in order.
func (m *pageMeta) metaValue(keys ...string) string {
	for _, k := range keys {
		for _, t := range m.metas {
			if t.key == k {
				return t.value
			}
		}
	}
	return ""
}

// linkHref returns the href of the first <link> with rel, or "".
func (m *pageMeta) linkHref(rel string) string {
	for _, l := range m.links {
		if l.rel == rel && l.node.DataAtom == atom.Link {
			return l.href
		}
	}
	return ""
}
