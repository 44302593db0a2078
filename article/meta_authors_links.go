package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads a byline printed only as links to the writers' pages:
// "<a href="/autor/anna-weber">Anna Weber</a>" under the headline, with no
// byline word, class or rel=author. The link counts when its path names an
// author page ("/author/", "/autor/", "/journalist/"... then a slug) and
// the slug spells a word of the name it prints, so that a menu entry
// ("/authors/", "Our writers") or a link to a topic names no one.

// authorPathWords are the path segments, in several languages, under
// which a site files the pages of its writers.
var authorPathWords = foldedSet("author", "authors", "autor", "autoren", "autores", "autore", "autori",
	"auteur", "auteurs", "autorzy", "autorius", "avtor", "yazar", "yazarlar", "journalist", "journalisten",
	"journalister", "redakteur", "redacteur", "writer", "writers", "reporter", "reporters", "columnist",
	"columnists", "contributor", "contributors", "forfatter", "forfattere", "skribent", "skribenter",
	"toimittaja", "periodista", "periodistas", "giornalista", "giornalisti", "jornalista", "szerzo")

// Bounds of the author-link byline.
const (
	maxAuthorLinkClimb = 3 // elements climbed from a text to its link
	authorLinkSpan     = 6 // texts after the first author link where more are read
)

// authorLinks returns the writers named by links to their author pages
// among the header texts: the first such link and those just after it.
func (ap authorPicker) authorLinks(texts []headerText) []Author {
	var out []Author
	end := len(texts)
	for i := 0; i < end; i++ {
		name, ok := ap.authorLinkName(texts[i])
		if !ok || containsAuthor(out, name) {
			continue
		}
		if out = append(out, Author{Name: name}); len(out) == 1 {
			end = min(end, i+1+authorLinkSpan)
		}
		if len(out) >= maxAuthors {
			break
		}
	}
	return ap.keep(out, false)
}

// authorLinkName returns the name the header text t prints, when t is
// the text of a link to that person's author page.
func (ap authorPicker) authorLinkName(t headerText) (string, bool) {
	a := linkAround(t.node)
	if a == nil {
		return "", false
	}
	slug, ok := authorSlug(Attr(a, "href"))
	if !ok {
		return "", false
	}
	as := ap.strict.names(CleanText(t.text))
	if len(as) != 1 || !slugSpells(slug, as[0].Name) {
		return "", false
	}
	return slugTail(slug, as[0].Name), true
}

// slugTail returns the words of name from the first one the slug spells,
// when a word in lower case comes just before it that is a byline word
// or no name particle ("von" is both), the slug spells none of the words
// before, and two words at least are left: the link "Alles von Martin
// Junker" to /author/martin names Martin Junker, the link "Ana de la
// Cruz Pérez" to /author/cruz-perez Ana de la Cruz Pérez. Other names
// come back whole.
func slugTail(slug, name string) string {
	slugWords := strings.FieldsFunc(slug, func(r rune) bool { return !unicode.IsLetter(r) })
	words := strings.Fields(name)
	for i, w := range words {
		if !slices.Contains(slugWords, strings.ToLower(dropAccents(w))) {
			continue
		}
		if i == 0 || len(words)-i < 2 {
			return name
		}
		if r, _ := utf8.DecodeRuneInString(words[i-1]); unicode.IsLower(r) && (isBareBylineWord(words[i-1]) || !nameParticles[words[i-1]]) {
			return strings.Join(words[i:], " ")
		}
		return name
	}
	return name
}

// linkAround returns the <a> element n is, or is inside of within a few
// elements, else nil.
func linkAround(n *html.Node) *html.Node {
	for i := 0; n != nil && i < maxAuthorLinkClimb; i, n = i+1, n.Parent {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			return n
		}
	}
	return nil
}

// authorSlug returns the path segment that follows an author-page segment
// in the link href ("anna-weber" in "/autor/anna-weber/"), and whether
// there is one.
func authorSlug(href string) (string, bool) {
	if i := strings.Index(href, "://"); i >= 0 {
		href = href[i+3:]
		if j := strings.IndexByte(href, '/'); j >= 0 {
			href = href[j:]
		}
	}
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	rest := strings.Trim(href, "/")
	for rest != "" {
		seg, after, _ := strings.Cut(rest, "/")
		if isAuthorPathWord(seg) {
			slug, _, _ := strings.Cut(after, "/")
			return strings.ToLower(slug), slug != ""
		}
		rest = after
	}
	return "", false
}

// isAuthorPathWord reports whether the path segment seg is one of
// authorPathWords, in any case.
func isAuthorPathWord(seg string) bool {
	if authorPathWords[seg] {
		return true
	}
	return len(seg) <= maxAuthorPathWord && authorPathWords[strings.ToLower(seg)]
}

// maxAuthorPathWord is the longest of authorPathWords, in bytes.
const maxAuthorPathWord = 12

// slugSpells reports whether a word of three letters or more of name,
// without its accents, is a word of the slug, or the slug spells the
// whole name without spaces ("ruima" for "Rui Ma").
func slugSpells(slug, name string) bool {
	words := strings.FieldsFunc(slug, func(r rune) bool { return !unicode.IsLetter(r) })
	plain := strings.ToLower(dropAccents(name))
	if strings.Join(words, "") == strings.ReplaceAll(plain, " ", "") {
		return true
	}
	for _, w := range strings.Fields(plain) {
		if len([]rune(w)) >= 3 && slices.Contains(words, w) {
			return true
		}
	}
	return false
}
