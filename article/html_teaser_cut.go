package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// A list of other posts shows each one by a title and the first lines of
// its text, cut at a length and not at the end of a sentence ("... At
// our firm, we", "... and more…"). A run of alike teasers whose excerpts
// are cut that way is a teaser list even after a short article, which
// the run outweighs: an article's own sections end their sentences.

// minCutBefore is the least body text, in bytes, read before a run of
// cut teasers for it to be left out: a run read first is the content.
const minCutBefore = 500

// cutTeasers reports whether most of the teasers alike the teaser n, n
// included, end their excerpt in the middle of a sentence.
func (tc *teaserCache) cutTeasers(n *html.Node) bool {
	cut, count := 0, 0
	for sib := range alikeSiblings(n) {
		if tc.size(sib) == 0 {
			continue
		}
		count++
		if cutExcerpt(lastPlainText(sib)) {
			cut++
		}
	}
	return count >= minTeasers && cut*2 > count
}

// lastPlainText returns the last text of n's subtree that is outside
// links and not blank, trimmed.
func lastPlainText(n *html.Node) string {
	last := ""
	for d := range n.Descendants() {
		if d.Type == html.TextNode && !inLink(d, n) {
			if t := strings.TrimSpace(d.Data); t != "" && !hiddenIn(d, n) {
				last = t
			}
		}
	}
	return last
}

// hiddenIn reports whether d sits in a hidden element or one whose
// content is never text, below top.
func hiddenIn(d, top *html.Node) bool {
	for p := d.Parent; p != nil && p != top; p = p.Parent {
		if p.Type == html.ElementNode && (textless(p) || isHidden(p)) {
			return true
		}
	}
	return false
}

// cutExcerpt reports whether an excerpt ends cut: with an ellipsis, or
// with a letter, a digit or a comma rather than a sentence's end.
func cutExcerpt(s string) bool {
	if strings.HasSuffix(s, "...") || strings.HasSuffix(s, "[…]") || strings.HasSuffix(s, "[...]") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '…' || r == ',' || unicode.IsLetter(r) || unicode.IsDigit(r)
}
