package article

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The standfirst (chapô, dek, lede) is the paragraph set under the
// headline that introduces the article. Templates often put it outside
// the body container, next to the <h1>, so it is looked for apart: an
// element between the headline and the first paragraph of the body whose
// class names a standfirst, or whose text is the page's description.

// standfirstWords are class and id words of standfirst elements.
var standfirstWords = byteWords(
	"chapo", "chapeau", "standfirst", "lede", "dek", "intro", "summary",
	"subtitle", "sub-title", "subheadline", "sub-headline", "subhead",
	"excerpt", "description", "desc", "teaser", "abstract", "deck",
	"strapline", "resume", "leadin", "lead-in", "lead", "sapo", "kicker-text",
	// the same in other languages: Spanish, Italian, Portuguese, German
	"entradilla", "sumario", "subtitulo", "bajada", "copete", "sommario", "catenaccio", "sottotitolo",
	"linha-fina", "linhafina", "vorspann", "anriss",
)

// Bounds of a standfirst's visible text, in non-space bytes.
const (
	minStandfirst = 25
	maxStandfirst = 1000
)

// maxProseBefore is how many prose blocks other than paragraphs
// (captions, credits) may come between the headline and the standfirst.
const maxProseBefore = 3

// findStandfirst returns the index of the standfirst element, or -1.
// root is the index of the article container.
func findStandfirst(c *Context, st *pageStats, root int) int {
	from := st.headlineIndex(c.article.Title)
	headed := from >= 0 && from <= root+int(st.infos[root].end)
	if !headed {
		from = root
	}
	desc, _ := metaDescription.Get(c)
	title := wordsKey(c.article.Title)
	prose := 0
	for i := from; i < len(st.infos) && prose < maxProseBefore; {
		in := &st.infos[i]
		switch {
		case c.article.PageType == PageTypeArticle && headerBlock(in) && standfirstClass(in.node):
			if headerStandfirst(in) && !holdsTitle(in.node, title) {
				return i
			}
		case in.flags&infoSurelyBoiler != 0 || in.node.DataAtom == atom.Figure || in.flags&infoHidden != 0:
			if headed {
				if j := st.boilerStandfirst(c, i, desc, title); j >= 0 {
					return j // the site's header is not searched
				}
			}
			i = int(in.end)
			continue
		case standfirstSized(in) && (standfirstClass(in.node) || desc != "" && sameText(in, desc)) && !holdsTitle(in.node, title):
			return i
		case i > from && in.own > 0 && in.good > 0:
			prose++ // a caption, or the body has begun
			if in.node.DataAtom == atom.P {
				return boldStandfirst(in, i)
			}
		}
		i++
	}
	return -1
}

// boldStandfirst returns i, the index of the first paragraph of the body,
// when it is a standfirst set in bold, else -1.
func boldStandfirst(in *nodeInfo, i int) int {
	if standfirstSized(in) && boldLede(in.node) {
		return i
	}
	return -1
}

// standfirstSized reports whether an element's text has the size and the
// few links of a standfirst, and is not a list.
func standfirstSized(in *nodeInfo) bool {
	return in.text >= minStandfirst && in.text <= maxStandfirst && in.links*4 < in.text &&
		in.flags&(infoHidden|infoBoiler) == 0 && !notLede[in.node.DataAtom] && !holdsNotLede(in.node)
}

// notLede are the elements that a standfirst never is nor holds: lists
// (a key-points box), the headline, figures and their captions, and
// times (a byline line).
var notLede = map[atom.Atom]bool{
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.H1: true, atom.Figure: true,
	atom.Figcaption: true, atom.Picture: true, atom.Time: true,
}

// holdsNotLede reports whether n holds an element that a standfirst
// never holds.
func holdsNotLede(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && notLede[d.DataAtom] {
			return true
		}
	}
	return false
}

// headlineIndex returns the index of the <h1> that holds the title, else
// of the <h2> or <h3> that holds it (see titleHeading), else of the first
// <h1>, or -1.
func (s *pageStats) headlineIndex(title string) int {
	first := -1
	folded := foldText(title)
	for i := range s.infos {
		if s.infos[i].node.DataAtom != atom.H1 || s.infos[i].text == 0 {
			continue
		}
		if first < 0 {
			first = i
		}
		if folded != "" && foldText(nodeText(s.infos[i].node)) == folded {
			return i
		}
	}
	if h := s.titleHeading(folded); h >= 0 {
		return h
	}
	return first
}

// standfirstClass reports whether n's class or id names a standfirst,
// and not the caption or credit of a lead image ("lead-image-caption").
func standfirstClass(n *html.Node) bool {
	var buf [128]byte
	found := false
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" || a.Val == "" {
			continue
		}
		v := lowerInto(buf[:0], a.Val)
		if containsAny(v, imageWords) {
			return false
		}
		found = found || containsAny(v, standfirstWords)
	}
	return found
}

// imageWords are class and id words of images and their captions.
var imageWords = byteWords("caption", "credit", "image", "photo", "media", "img", "picture", "figure")

// sameText reports whether the element of in says what desc says: most
// of the description's words are in it, and it is not much longer
// (descriptions are often cut or lightly edited).
func sameText(in *nodeInfo, desc string) bool {
	n := int32(len(desc))
	if n < minStandfirst || in.text < n/2 || in.text > n*2 {
		return false
	}
	text := foldText(nodeText(in.node))
	have := make(map[string]bool, strings.Count(text, " ")+1)
	for w := range strings.FieldsSeq(text) {
		have[trimPunctuation(w)] = true
	}
	found, total := 0, 0
	for w := range strings.FieldsSeq(foldText(desc)) {
		total++
		if have[trimPunctuation(w)] {
			found++
		}
	}
	return total > 0 && found*10 >= total*8
}

// trimPunctuation returns strings.Trim(w, punctuation), with no search
// of the cut set when w starts and ends with ASCII that is no
// punctuation, as most words do.
func trimPunctuation(w string) string {
	if w != "" && notPunctuation(w[0]) && notPunctuation(w[len(w)-1]) {
		return w
	}
	return strings.Trim(w, punctuation)
}

// notPunctuation reports whether c is an ASCII byte that is not in
// punctuation.
func notPunctuation(c byte) bool {
	return c < utf8.RuneSelf && strings.IndexByte(punctuation, c) < 0
}

// punctuation is trimmed off words before they are compared.
const punctuation = ".,;:!?…\"'«»“”‘’()[]-–—"
