package article

import (
	"strings"

	"golang.org/x/net/html"
)

// This file reads the holder of a page's copyright line ("© 2025 Jane
// Doe. All rights reserved.", "Copyright (c) 2012- Jane Doe"), one more
// name a personal site goes by (see personSite): a blog whose footer
// claims the copyright for a person, at an address that spells the name,
// was written by that person.

// Bounds of a copyright line and of its holder.
const (
	maxCopyrightLine  = 160 // longest text read as a copyright line
	maxCopyrightWords = 4   // most words of a holder
)

// copyrightMarks open a copyright line, folded to lower case.
var copyrightMarks = []string{"©", "(c)", "copyright"}

// copyrightHolder returns the holder named by the page's last copyright
// line, or "".
func copyrightHolder(doc *html.Node) string {
	holder := ""
	for n := range descendants(doc) {
		t, ok := shortText(n)
		if !ok || len(t) > maxCopyrightLine {
			continue
		}
		if h := holderOf(t); h != "" {
			holder = h
		}
	}
	return holder
}

// holderOf returns the name a copyright line gives after its mark, the
// years and "by": "Jane Doe" in "© 2006-2008 by Jane Doe. Theme by...",
// up to the first word that ends a sentence or a separator.
func holderOf(line string) string {
	rest, ok := afterCopyrightMark(line)
	if !ok {
		return ""
	}
	var words []string
	for _, w := range strings.Fields(rest) {
		if len(words) == 0 && copyrightFiller(w) {
			continue
		}
		if strings.Trim(w, "|•·-–—") == "" || len(words) == maxCopyrightWords {
			break
		}
		trimmed := strings.TrimRight(w, ".,;:")
		words = append(words, trimmed)
		if trimmed != w {
			break
		}
	}
	return strings.Join(words, " ")
}

// afterCopyrightMark returns the text after the first copyright mark of
// line, when it has one: "©" anywhere, the other marks opening the line.
func afterCopyrightMark(line string) (string, bool) {
	for _, m := range copyrightMarks {
		if m == "©" {
			if i := strings.Index(line, m); i >= 0 {
				return line[i+len(m):], true
			}
		} else if hasFoldPrefix(line, m) {
			return line[len(m):], true
		}
	}
	return "", false
}

// copyrightFiller reports whether w is a word of a copyright line that
// stands before the holder: a mark again, a year or a span of years,
// "by".
func copyrightFiller(w string) bool {
	k := strings.ToLower(w)
	for _, m := range copyrightMarks {
		if k == m {
			return true
		}
	}
	if k == "by" || k == "von" || k == "par" || k == "por" {
		return true
	}
	return strings.Trim(k, "0123456789-–,.") == ""
}
