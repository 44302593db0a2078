package article

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// This file reads the account names that blogs and forums print as their
// bylines: "by ibby", "by <a>whova</a>". Account names need not be
// capitalised, so the strict byline reader leaves them out; they are kept
// only where the page's structure says that the word is a name.

// maxAccountPos is how far from the headline, in texts, an account-name
// byline is read.
const maxAccountPos = 12

// accountByline returns the account name that the byline t introduces
// (line is what follows its byline word), when it is one word near the
// headline, printed either alone with its byline word in an element of
// their own ("<p>by ibby</p>") or as the link after it.
func (ap authorPicker) accountByline(t headerText, line string, next []headerText) []Author {
	name := strings.TrimSpace(line)
	if t.pos < -maxAccountPos || t.pos > maxAccountPos || len(name) <= 2 || strings.ContainsAny(name, " \u00a0") {
		return nil // "EN" after "DE" is a language switch
	}
	whole := t.node != nil && strings.Trim(boundedText(t.node, maxBylineStart), " |") == CleanText(t.text)
	linked := len(next) > 0 && next[0].text == name && next[0].node != nil && next[0].node.DataAtom == atom.A
	if !whole && !linked || ap.strict.notAuthor(name) {
		return nil
	}
	return userName(name)
}
