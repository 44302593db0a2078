package article

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lowerNameWords finds which words of some names the page writes in lower
// case (a word of its text that starts with a small letter), reading the
// page's text once for all of them and filing only those words, not every
// word of the page.
type lowerNameWords struct {
	root  *html.Node
	names []Author
	found map[string]bool // nil until the page is read
}

// newLowerNameWords prepares the look-up of the words of names in the page
// that holds n.
func newLowerNameWords(n *html.Node, names []Author) *lowerNameWords {
	return &lowerNameWords{root: n, names: names}
}

// words returns the words of the names that the page writes in lower
// case, keyed lower case as halfLower asks them.
func (l *lowerNameWords) words() map[string]bool {
	if l.found == nil {
		l.found = lowerWordsOf(l.root, nameWordsLower(l.names))
	}
	return l.found
}

// nameWordsLower returns the words of names, lower-cased.
func nameWordsLower(names []Author) map[string]bool {
	want := make(map[string]bool)
	for _, a := range names {
		for w := range strings.FieldsFuncSeq(a.Name, outsideName) {
			want[strings.ToLower(w)] = true
		}
	}
	return want
}

// lowerWordsOf returns those of the words want that the text of the page
// holding n writes in lower case, in its first maxLowerWordsText bytes
// of text outside scripts and styles.
func lowerWordsOf(n *html.Node, want map[string]bool) map[string]bool {
	found := make(map[string]bool)
	if len(want) == 0 {
		return found
	}
	for t := range pageTexts(n) {
		for w := range strings.FieldsFuncSeq(t, outsideName) {
			if want[w] && startsLower(w) {
				found[w] = true
			}
		}
	}
	return found
}

// pageTexts yields the text nodes of the page holding n, outside scripts
// and styles, until maxLowerWordsText bytes have been read.
func pageTexts(n *html.Node) iter.Seq[string] {
	return func(yield func(string) bool) {
		for n.Parent != nil {
			n = n.Parent
		}
		read := 0
		for d := range descendants(n) {
			if d.Type != html.TextNode || d.Parent == nil || d.Parent.DataAtom == atom.Script || d.Parent.DataAtom == atom.Style {
				continue
			}
			if read += len(d.Data); read > maxLowerWordsText || !yield(d.Data) {
				return
			}
		}
	}
}

// startsLower reports whether the first letter of w is lower case.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
