package article

import (
	"strings"

	"golang.org/x/net/html"
)

// This file reads the class of a printed date that names an update next
// to one that names the publication: the hAtom classes of blog themes,
// which print both dates side by side (<time class="entry-date
// published">10 May</time><time class="updated">12 May</time>) and hide
// the update. An "updated" class alone says nothing: themes give it to
// the one date they print, the publication's.

// maxClassSiblings is how many siblings of a date element are read for a
// publication class.
const maxClassSiblings = 8

// updateBesidePublication reports whether the class of n names an update
// and that of one of its sibling elements a publication.
func updateBesidePublication(n *html.Node) bool {
	if n == nil || n.Parent == nil || classKind(n) != classUpdate {
		return false
	}
	seen := 0
	for s := n.Parent.FirstChild; s != nil && seen < maxClassSiblings; s = s.NextSibling {
		if s.Type != html.ElementNode || s == n {
			continue
		}
		seen++
		if classKind(s) == classPublished {
			return true
		}
	}
	return false
}

// The kinds of date a class names.
const (
	classOther = iota
	classUpdate
	classPublished
)

// classKind returns the kind of date the class of n names: a publication
// when it names one ("entry-date published updated" is the date of a post
// never updated), else an update, else neither.
func classKind(n *html.Node) int {
	v := strings.ToLower(Attr(n, "class"))
	switch {
	case strings.Contains(v, "publish"):
		return classPublished
	case strings.Contains(v, "updated") || strings.Contains(v, "modified"):
		return classUpdate
	}
	return classOther
}
