package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads a byline printed with no byline word and no byline
// class: a line of names just below the headline ("Jane Doe", then the
// date). Such a line is taken for the byline only when the page agrees
// that it names people, with the date printed next to it or a job title
// on the line after it, and when its words are not written in lower case
// in the page's text, as the words of a section name or a topic are.

// Bounds of the unmarked byline.
const (
	maxUnmarkedPos   = 8  // texts after the headline where it is looked for
	maxUnmarkedText  = 80 // longest line of names read
	unmarkedDateSpan = 3  // texts between the names and the date, the date included
)

// unmarkedByline returns the people named by a line of their own just
// below the headline, when the page confirms that they are people.
func (ap authorPicker) unmarkedByline(texts []headerText) []Author {
	for i, t := range texts {
		if t.pos < 1 || t.pos > maxUnmarkedPos {
			continue
		}
		as := ap.lineNames(t)
		if len(as) == 0 {
			continue
		}
		as, last := ap.listedNames(texts, i, as)
		if (nextToDate(texts, i) || nextToDate(texts, last) || nextIsJobTitle(texts, last)) && listLooksProper(as, t.node) {
			return ap.keep(as, false)
		}
	}
	return nil
}

// lineNames returns the names the text t holds, when it is the whole text
// of its element (not a heading) and nothing but names of two words or
// more.
func (ap authorPicker) lineNames(t headerText) []Author {
	if len(t.text) > maxUnmarkedText || t.node == nil || isHeadingElement(t.node) || isTaxonomyLink(t.node) || inPageJump(t.node) || inProseLead(t) {
		return nil
	}
	if strings.Trim(boundedText(t.node, 4*maxUnmarkedText), " |") != CleanText(t.text) {
		return nil
	}
	as := ap.strict.names(CleanText(t.text))
	words := 0
	for _, a := range as {
		n := len(strings.Fields(a.Name))
		if n < 2 || n > 4 || isAgency(a.Name) || ap.ts != nil && ap.ts.isSite(a.Name) {
			return nil
		}
		words += n
	}
	if words == 0 || words != ap.nameWords(t.text) {
		return nil // the names are not the whole line
	}
	return as
}

// taxonomyPaths are the parts of the path of a link to a section or a
// tag page.
var taxonomyPaths = []string{"/category/", "/categories/", "/tag/", "/tags/", "/topic/", "/topics/", "/section/"}

// taxonomyKeys are the query keys of a link to a section or a tag page:
// "?cat=12", "?content_topic=906".
var taxonomyKeys = foldedSet("cat", "cat_id", "category", "category_id", "categories", "tag", "tags",
	"tag_id", "topic", "topics", "content_topic")

// isTaxonomyLink reports whether n is a link to a section or a tag: a
// rel=tag link, or one whose path or query names a category, a tag or a
// topic.
func isTaxonomyLink(n *html.Node) bool {
	if n.DataAtom != atom.A {
		return false
	}
	if strings.Contains(strings.ToLower(Attr(n, "rel")), "tag") {
		return true
	}
	href := strings.ToLower(Attr(n, "href"))
	for _, p := range taxonomyPaths {
		if strings.Contains(href, p) {
			return true
		}
	}
	return taxonomyQuery(href)
}

// taxonomyQuery reports whether the query of href has a key that names a
// category, a tag or a topic.
func taxonomyQuery(href string) bool {
	_, query, ok := strings.Cut(href, "?")
	for ok && query != "" {
		var pair string
		pair, query, _ = strings.Cut(query, "&")
		if key, _, _ := strings.Cut(pair, "="); taxonomyKeys[key] {
			return true
		}
	}
	return false
}

// nameWords counts the words of a line of names, without the joining
// words between them.
func (ap authorPicker) nameWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",;")
		if w != "" && w != "&" && !ap.strict.isJoiner(w) {
			n++
		}
	}
	return n
}

// namesLookProper reports whether the names are written as names: in
// capitals and small letters, with no common word ("The", "Free"), and
// with less than half of their words written in lower case in the page's
// text, as the words of a section name or a product are ("Video
// Marketing" on a page that speaks of marketing).
func namesLookProper(as []Author, root *html.Node) bool {
	return namesLookProperIn(as, newLowerNameWords(root, as).words)
}

// namesLookProperIn is namesLookProper, with the words the page's text
// writes in lower case given by lower, which knows the words of as.
func namesLookProperIn(as []Author, lower func() map[string]bool) bool {
	for _, a := range as {
		if strings.ToUpper(a.Name) == a.Name {
			return false
		}
		words := strings.FieldsFunc(a.Name, outsideName)
		for _, w := range words {
			if notNameWords[strings.ToLower(w)] {
				return false
			}
		}
		if halfLower(words, lower()) {
			return false
		}
	}
	return true
}

// halfLower reports whether half of words or more are among the words
// that lower holds.
func halfLower(words []string, lower map[string]bool) bool {
	common := 0
	for _, w := range words {
		if lower[strings.ToLower(w)] {
			common++
		}
	}
	return common*2 >= len(words)
}

// notNameWords are common English words written with a capital in
// buttons, labels and section names, never in a person's name.
var notNameWords = foldedSet("the", "a", "an", "of", "to", "from", "for", "in", "on", "at", "by", "with",
	"no", "not", "if", "our", "your", "my", "all", "more", "new", "free", "get", "how", "what", "why",
	"this", "that", "is", "are", "best", "top", "about", "contact", "home", "read", "view", "share")

// maxLowerWordsText is how much of the page's text lowerWordsOf reads.
const maxLowerWordsText = 200_000

// outsideName reports whether r is outside a word.
func outsideName(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

// nextToDate reports whether a date is printed within a few texts before
// or after texts[i], with only short texts between ("·", "in", a section).
func nextToDate(texts []headerText, i int) bool {
	for _, step := range []int{1, -1} {
		for j, k := i+step, 1; j >= 0 && j < len(texts) && k <= unmarkedDateSpan; j, k = j+step, k+1 {
			if isDateText(texts[j].text) {
				return true
			}
			if len(strings.Fields(texts[j].text)) > 2 {
				break
			}
		}
	}
	return false
}

// isDateText reports whether s is a date and little else.
func isDateText(s string) bool {
	_, start, end, ok := FindDate(s)
	return ok && len(s)-(end-start) <= 12
}

// nextIsJobTitle reports whether the text after texts[i] is a short job
// title: "Tech Writer", "Co-Founder & Marketing Director".
func nextIsJobTitle(texts []headerText, i int) bool {
	if i+1 >= len(texts) {
		return false
	}
	s := texts[i+1].text
	if len(s) > 60 || isDateText(s) {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), outsideName) {
		if jobTitleWords[w] {
			return true
		}
	}
	return false
}

// jobTitleWords are the words of the job titles printed under a byline.
var jobTitleWords = foldedSet("editor", "writer", "reporter", "correspondent", "columnist", "contributor",
	"director", "manager", "analyst", "founder", "co-founder", "cofounder", "ceo", "cto", "cmo", "coo",
	"president", "officer", "specialist", "strategist", "consultant", "producer", "journalist",
	"engineer", "developer", "designer", "marketer", "scientist", "researcher", "professor", "lead",
	"head", "executive", "partner", "attorney", "lawyer", "physician", "nurse", "dietitian",
	"nutritionist", "therapist", "coach", "expert", "journaliste", "rédacteur", "rédactrice")
