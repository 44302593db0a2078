package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file gives the name a page prints for an author that the other
// sources only give as an account name: a publishing system fills the
// JSON-LD with its user's login ("jane.doe", "jane_doe"), while the page
// signs the story with the name the login spells ("Jane Doe", "Jane
// Q. Doe"). The printed name is the author's; the login stays when the
// page prints no such name.

// maxHandleGap is how many words (a middle name, an initial) may stand
// between the first and the last name of a handle in the printed name.
const maxHandleGap = 1

// printedHandleName returns as with its one author replaced by the name
// the page's text prints for it, when that author is an account name of
// two words of small letters ("christian.stadtfeld") and the text spells
// it as a capitalised name.
func printedHandleName(doc *html.Node, as []Author) []Author {
	if doc == nil || len(as) != 1 {
		return as
	}
	first, last, ok := handleParts(as[0].Name)
	if !ok {
		return as
	}
	if name := findSpelledName(doc, first, last); name != "" {
		return []Author{{Name: name, URL: as[0].URL}}
	}
	return as
}

// handleParts returns the two words of an account name written in small
// letters with one dot, underscore or hyphen between them, each of two
// letters or more: "jane" and "doe" of "jane.doe".
func handleParts(s string) (first, last string, ok bool) {
	i := strings.IndexAny(s, "._-")
	if i < 0 {
		return "", "", false
	}
	first, last = s[:i], s[i+1:]
	return first, last, smallLetters(first) && smallLetters(last)
}

// smallLetters reports whether w is two letters or more, all small.
func smallLetters(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// findSpelledName returns the first capitalised name of the page's text,
// outside its head and scripts, that starts with the word first and ends
// with the word last, at most maxHandleGap words between them, or "".
func findSpelledName(doc *html.Node, first, last string) string {
	read := 0
	for n := range descendants(doc) {
		if n.Type != html.TextNode || inScript(n) || n.Parent.DataAtom == atom.Title {
			continue
		}
		if foldContains(n.Data, last) {
			if name := spelledIn(n.Data, first, last); name != "" {
				return name
			}
		}
		if read += len(n.Data); read > maxUnseenText {
			return ""
		}
	}
	return ""
}

// spelledIn returns the name of text that spells first and last, as
// findSpelledName reads it, or "".
func spelledIn(text, first, last string) string {
	words := strings.Fields(text)
	for i := range words {
		words[i] = trimNamePunct(words[i])
	}
	for i, w := range words {
		if !strings.EqualFold(w, first) {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+1+maxHandleGap; j++ {
			if end := strings.TrimSuffix(words[j], "."); strings.EqualFold(end, last) && capitalised(words[i:j+1]) {
				return strings.Join(append(words[i:j:j], end), " ") // "Jane Doe." ends a sentence
			}
		}
	}
	return ""
}

// trimNamePunct trims the brackets and punctuation written around a word
// of a name: "(Jane", "Doe),".
func trimNamePunct(w string) string {
	return strings.Trim(w, "()[]{},;:!?\"'«»“”")
}
