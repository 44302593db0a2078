package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file tells a <meta name=author> tag that names no writer, where a
// byline under the headline names one: a tag that repeats the site's
// owner, named by the publisher or copyright tags ("Acme & Co" beside
// "2016 Acme & Co", split by the byline reader into "Acme" and "Co"), or
// one that holds a phrase starting in lower case ("deinen
// Hochzeitsbloggern", "your editors") rather than a name. The printed
// byline wins over such a tag. (peopleOverOrgs does the same with the
// page's one explicit byline once all sources are read.)

// metaNotWriter reports whether the printed authors replace those of the
// <meta> tags because these name the site's owner or no one.
func (ap authorPicker) metaNotWriter(pm *pageMeta, meta, printed []Author) bool {
	if len(meta) == 0 || len(printed) == 0 || sharesAuthor(meta, printed) {
		return false
	}
	for _, a := range meta {
		if !lowerPhrase(a.Name) && !publisherNamed(pm, a.Name) {
			return false
		}
	}
	return true
}

// lowerPhrase reports whether s is words starting in lower case, not a
// name nor an account name ("jdoe" is one word).
func lowerPhrase(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.Contains(s, " ") && unicode.IsLower(r)
}
