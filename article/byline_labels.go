package article

import "strings"

// This file keeps the words that label a byline from being read as a
// name or as the start of one: "Text Size" and "Text Link" are buttons,
// not a byline "Text: Size"; "Topic Author" is the badge a forum prints
// beside the poster's name, not a name.

// nounPrefixes are the byline prefixes that are nouns naming the text
// ("Text", "Texte") or, in French, its writer ("Auteur", which also
// starts sentences: "Auteur de trois romans, il…"): they introduce a
// byline only with a colon after them, or alone as the label of the next
// element.
var nounPrefixes = []string{"text", "texte", "texto", "tekst", "teksti", "текст", "interview", "auteur", "auteure", "auteurs"}

// colonNouns are the noun prefixes that need their colon even alone: an
// "Interview" printed by itself is the label of a section or a tag.
var colonNouns = []string{"interview"}

// labelWords are the words that label an author: a name does not end
// with one.
var labelWords = []string{"author", "authors", "autor", "autorin", "autore", "auteur", "auteure", "autora"}

// nounWithoutColon reports whether the prefix p, found at the start of s,
// is a noun prefix followed by more text but no colon ("Text Size"), or a
// colon noun with nothing after it ("Interview", a section's label).
func nounWithoutColon(s, p string) bool {
	if !inFold(nounPrefixes, p) {
		return false
	}
	rest := strings.TrimLeft(s[len(p):], " \u00a0\t")
	if rest == "" && inFold(colonNouns, p) {
		return true
	}
	return rest != "" && !strings.HasPrefix(rest, ":")
}

// endsWithLabel reports whether the last word of s is a label word:
// "Topic Author".
func endsWithLabel(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	return i >= 0 && inFold(labelWords, s[i+1:])
}

// inFold reports whether words holds w, ignoring case, without folding w
// into a new string.
func inFold(words []string, w string) bool {
	for _, x := range words {
		if len(x) == len(w) && strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// labelled returns the text t with the accessible label of its element
// when that label says more of the same text: a link "Jane Doe" labelled
// "Author: Jane Doe" for screen readers reads as the byline it is.
func labelled(t headerText) string {
	if t.node == nil {
		return t.text
	}
	l := strings.TrimSpace(Attr(t.node, "aria-label"))
	if len(l) > len(t.text) && len(l) <= maxBylineStart && strings.HasSuffix(l, t.text) {
		return l
	}
	return t.text
}
