package article

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Layout classes name what a page region holds beside its content:
// "main-with-sidebar", "has-sidebar", "no-comments". The element so named
// is the main column, not the sidebar, so an ancestor's negative word
// counts only before such a modifier.

// layoutModifiers are the class words after which a class names what a
// layout has or lacks, not what the element is.
var layoutModifiers = []string{"with", "has", "no", "without"}

// negativeContainer reports whether p, an element around a key-points
// box, is named as navigation and the like, its layout modifiers aside.
func negativeContainer(p *html.Node) bool {
	if !negativeBox(p) {
		return false
	}
	return negativeName(Attr(p, "class")) || negativeName(Attr(p, "id"))
}

// negativeName reports whether one of the space-separated names of v is
// negative before its first layout modifier.
func negativeName(v string) bool {
	for _, name := range strings.Fields(v) {
		if wordStarts(beforeModifier(name), negativeWords) {
			return true
		}
	}
	return false
}

// beforeModifier returns name up to its first layout modifier word:
// "main-with-sidebar" gives "main-", "has-sidebar" gives "".
func beforeModifier(name string) string {
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && classWordByte(name[i]) {
			continue
		}
		if i < len(name) && isLayoutModifier(name[start:i]) {
			return name[:start]
		}
		start = i + 1
	}
	return name
}

// isLayoutModifier reports whether word is one of layoutModifiers, ASCII
// case aside.
func isLayoutModifier(word string) bool {
	return slices.ContainsFunc(layoutModifiers, func(m string) bool { return strings.EqualFold(word, m) })
}
