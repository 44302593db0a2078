package article

import (
	"strings"

	"golang.org/x/net/html"
)

// This file tells the date a page prints of the day it is viewed (a
// "Today is Friday, December 19, 2025" bar, a clock) from the article's
// dates: its class or id names today's or the current date.

// todayLevels is how many ancestors of a date are looked at for a class
// of today's date.
const todayLevels = 3

// todayWords name the present day in a class or id, lower case.
var todayWords = []string{"today", "todays", "current"}

// inTodayWidget reports whether n, or one of its nearest ancestors, has a
// class or id that names today's date ("todays-date", "current-date",
// "date-today").
func inTodayWidget(n *html.Node) bool {
	for i := 0; i <= todayLevels && n != nil; i, n = i+1, n.Parent {
		if n.Type == html.ElementNode && hasTodayName(n) {
			return true
		}
	}
	return false
}

// holdsTodayWidget reports whether an element of n's subtree, looking at
// a bounded number of nodes, has a class or id that names today's date.
func holdsTodayWidget(n *html.Node) bool {
	seen := 0
	for d := range n.Descendants() {
		if seen++; seen > maxTeaserNodes {
			return false
		}
		if d.Type == html.ElementNode && hasTodayName(d) {
			return true
		}
	}
	return false
}

// hasTodayName reports whether n has a class or id that names today's
// date.
func hasTodayName(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && len(a.Val) <= maxHintLength*2 && namesToday(a.Val) {
			return true
		}
	}
	return false
}

// namesToday reports whether one of the names of a class or id value is
// made of a word of today and the word date or time ("todays-date",
// "currentDate").
func namesToday(val string) bool {
	lower := strings.ToLower(val)
	if !containsAnyString(lower, todayWords) {
		return false
	}
	for _, name := range strings.Fields(lower) {
		words := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' })
		if len(words) == 1 {
			words = splitTodayName(words[0])
		}
		if hasAnyWord(words, todayWords) && hasAnyWord(words, []string{"date", "time", "datetime"}) {
			return true
		}
	}
	return false
}

// splitTodayName cuts a lower-cased camelCase name ("currentdate") after
// its word of today, if it starts with one.
func splitTodayName(name string) []string {
	for _, w := range todayWords {
		if rest, ok := strings.CutPrefix(name, w); ok && rest != "" {
			return []string{w, rest}
		}
	}
	return []string{name}
}

// hasAnyWord reports whether words holds one of want.
func hasAnyWord(words, want []string) bool {
	for _, w := range words {
		for _, x := range want {
			if w == x {
				return true
			}
		}
	}
	return false
}
