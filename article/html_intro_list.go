package article

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A list of links is most often a menu or a list of other articles, and
// is pruned. But a list that a sentence of the article announces with a
// colon ("Our picks:", "Top recommendations:") is the article's: the
// products, tools or sources it names, unless the sentence points to more
// reading ("You might also like:", "More in this series:").

// maxListIntro is the longest text, in bytes, of the line that announces
// a list.
const maxListIntro = 300

// introducedList reports whether n is a list whose previous element
// sibling is a short text ending in a colon.
func introducedList(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	prev := prevElementAcrossBlanks(n)
	if prev == nil || isHidden(prev) {
		return false
	}
	t := nodeText(prev)
	return len(t) <= maxListIntro && strings.HasSuffix(t, ":") && !readingPointer(t)
}

// readingWords are the words of a line that points to more reading.
var readingWords = setOf(slices.Concat(intlReadingWords, []string{"more", "also", "related", "similar", "next", "previous", "popular",
	"recommended", "trending", "latest", "aussi", "plus", "similaires", "derniers"})...)

// readingPointer reports whether the line s has a word of readingWords.
func readingPointer(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		if readingWords[w] {
			return true
		}
	}
	return false
}
