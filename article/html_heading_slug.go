package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// Pages give their sub-headings an id made from the heading's words, so
// that a link can point to the section: <h3 id="social-benefits">Social
// Benefits</h3>. Such an id repeats the text; it is no class vocabulary,
// and "social" in it says nothing of share buttons.

// A heading that has its slug as id is a section heading of the content,
// which links point to; its class then says how it shows ("hide-from-toc"
// keeps it out of the table of contents, "anchorTargetHideOnScrollNavbar"
// clear of a sticky navigation bar), never that it is boilerplate: see
// classWeightWithout.

// minSlugLetters is the shortest slug, in letters and digits, matched
// inside a longer id ("toc-social-benefits") or as the start of a longer
// heading (a slug cut short).
const minSlugLetters = 8

// headingSlug reports whether id is the slug of the text of the heading
// n.
func headingSlug(n *html.Node, id string) bool {
	if !isHeadingElement(n) {
		return false
	}
	s, t := slugKey(id), slugKey(nodeText(n))
	switch {
	case s == "" || t == "":
		return false
	case s == t:
		return true
	case len(t) >= minSlugLetters && strings.Contains(s, t):
		return true
	}
	return len(s) >= minSlugLetters && strings.HasPrefix(t, s) || framedSlug(s, t)
}

// slugKey keeps the lower-cased letters and digits of s.
func slugKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
