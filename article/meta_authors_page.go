package article

import (
	"strings"

	"golang.org/x/net/html"
)

// This file finds the byline that a page prints away from its headline,
// in an author box after the text or a sidebar ("Written by Jane Doe"),
// when no other source names an author. Only a prefix that cannot start
// a sentence counts ("Written by", "Escrito por", "Author:"), and only
// when the page names one set of authors that way: a list of teasers,
// each with its own byline, names none.

// maxPageBylines is the most explicit bylines read from one page.
const maxPageBylines = 20

// pageByline returns the authors of the one explicit byline the page
// prints (an account name when no name reads in it), or nil when it
// prints none or several that disagree.
func (ap authorPicker) pageByline(doc *html.Node) []Author {
	if doc == nil {
		return nil
	}
	var found []Author
	key, first, seen := "", "", 0
	starts := ap.starts
	if starts == nil {
		starts = ap.strict.explicitStarts()
	}
	for n := range descendants(doc) {
		t, ok := shortText(n)
		if !ok || !starts.match(t) && !isBareByline(n, t) {
			continue
		}
		line := ap.explicitLine(n)
		as := ap.keep(ap.strict.read(line), false)
		k := authorsKey(as)
		if len(as) == 0 {
			if k = ap.bylineRest(line); k == "" {
				continue
			}
			k = "?" + k // a byline whose names are not read still counts
		}
		if key == "" {
			key, found, first = k, as, line
		} else if k != key {
			return nil // bylines of several stories
		}
		if seen++; seen >= maxPageBylines {
			break
		}
	}
	if found == nil && first != "" {
		return ap.accountRest(first)
	}
	return found
}

// accountRest returns the account name that the one explicit byline of
// the page names, when its names are not read: "Verfasst von: janedoe |
// 31. Dezember 2008".
func (ap authorPicker) accountRest(line string) []Author {
	rest, _ := ap.strict.stripPrefix(line)
	seg, _ := ap.strict.segment(bylineSeparators.Replace(ap.strict.cutDates(rest)))
	if strings.ContainsAny(seg, " \u00a0") || ap.strict.notAuthor(seg) || accountPlaceholders[strings.ToLower(seg)] {
		return nil
	}
	return ap.keep(userName(seg), false)
}

// accountPlaceholders stand for an account name in forms and search help
// ("author: username").
var accountPlaceholders = foldedSet("username", "user", "benutzername", "nutzername", "pseudo", "nickname", "name")

// bylineRest returns what follows the prefix of the byline line, folded
// to lower case.
func (ap authorPicker) bylineRest(line string) string {
	rest, _ := ap.strict.stripPrefix(line)
	return strings.ToLower(strings.TrimSpace(rest))
}

// explicitLine is the text of the element that holds the byline text n,
// with the names that follow the prefix in elements of their own; a
// prefix printed alone, as the label of an author box, takes the next
// text on ("Written by", then "Jane Doe" in a heading).
func (ap authorPicker) explicitLine(n *html.Node) string {
	line := strings.Trim(boundedText(n.Parent, maxBylineStart), " |")
	if line == "" {
		line = strings.TrimSpace(n.Data)
	}
	if ap.bylineRest(line) != "" {
		return line
	}
	next := nextInOrder(n.Parent, true)
	for i := 0; next != nil && i < maxLabelGap; i, next = i+1, nextInOrder(next, false) {
		if t, ok := shortText(next); ok {
			return line + " " + t
		}
	}
	return line
}

// maxLabelGap is the most nodes read between a byline label and the
// name it introduces.
const maxLabelGap = 8

// authorsKey is one key for a list of authors.
func authorsKey(as []Author) string {
	keys := make([]string, len(as))
	for i, a := range as {
		keys[i] = titleKey(a.Name)
	}
	return strings.Join(keys, "|")
}
