package entities

import (
	"strings"
	"unicode/utf8"
)

// Headings, list items and buttons capitalise every word ("Flight Delays
// or Cancellations", "Understanding Lead Quality Differences", "Social
// Media Apps"), and the tagger reads the capitals as a name. A name made
// only of common words either holds a word frequent in names of bodies
// ("Dental Resource Center", "National Guard", "Royal Academy") or comes
// after an article ("the Special Investigations unit"), so it does not
// open its sentence.

// headingPhrase reports whether m, a mention of two or more words that
// opens its sentence, is only lower-case words of the dictionaries
// written with capitals: every word with a letter is a common French or
// English word and none is a known name or a word of organisation,
// company or place names. It must open its line (opensLine: after a
// quote mark or a bracket it is a title cited, "“Crazy on You”"), and
// the line must end as a heading's does (headingTail) with no known name
// after it.
func (t *Tagger) headingPhrase(m mention, text string) bool {
	if inLower(leadArticles, m.toks[0].Text) || !opensLine(text, m.start()) {
		return false
	}
	if tail, ok := headingTail(text, m.end()); !ok || t.namesIn(tail) {
		return false
	}
	for _, tk := range m.toks {
		if !hasLetter(tk.Text) {
			continue
		}
		c := t.gaz.wordOf(stripPossessive(tk.Text))
		if c&(gFrWord|gEnWord) == 0 || c&(nameClasses|gOrgWord|gOrgSuffix|gLocWord) != 0 {
			return false
		}
	}
	return true
}

// leadArticles are the articles that a title keeps at its head ("The
// Economist", "Les Échos"): a heading seldom starts with one.
var leadArticles = map[string]bool{"the": true, "le": true, "la": true, "les": true, "l'": true, "l’": true}

// maxLineScan bounds the bytes read around a mention to find its line.
const maxLineScan = 160

// opensLine reports whether nothing but marks, digits and spaces comes
// between the line break (or the tab that opens a table's cell) before
// offset i of text and i ("4. Naming & Domain", "• Flight Delays"): the
// mention starts its line or cell.
func opensLine(text string, i int) bool {
	for j := i - 1; j >= 0 && i-j <= maxLineScan; j-- {
		c := text[j]
		switch {
		case c == '\n' || c == '\t':
			return true
		case c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '"' || c == '\'' || c == '(':
			return false
		}
		if j == 0 {
			return true
		}
	}
	return i == 0
}

// opensCell reports whether the mention at offset i of text opens a
// table cell: a tab, our text's cell separator, comes before it, spaces
// aside ("Platform\tAverage Cost per Click"). A cell's heading is not
// the start of a sentence, yet is no more a name.
func opensCell(text string, i int) bool {
	j := i - 1
	for j >= 0 && text[j] == ' ' {
		j--
	}
	return j >= 0 && text[j] == '\t'
}

// maxHeadingTail is the most words a heading line goes on for after the
// mention ("Flight Delays or Cancellations").
const maxHeadingTail = 4

// headingTail returns what follows offset i of text to the end of its
// line or table cell, trimmed, and whether it can end a heading: a colon
// or a spaced dash right after the mention, as a list item's term
// ("Stories: Employ…", "Mapped Types - Creating types…"), or
// at most maxHeadingTail words with no bracket (a name's acronym or
// ticker, "Zoom Communications (NASDAQ:ZM)") and no full stop ending them.
func headingTail(text string, i int) (string, bool) {
	rest := text[i:]
	if j := strings.IndexAny(rest[:min(len(rest), maxLineScan)], "\n\t"); j >= 0 {
		rest = rest[:j]
	} else if len(rest) > maxLineScan {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(rest, ":") || termDash(rest) {
		return "", true
	}
	ok := !strings.HasSuffix(rest, ".") && strings.IndexByte(rest, '(') < 0 && strings.Count(rest, " ") < maxHeadingTail
	return rest, ok
}

// namesIn reports whether a word of s, split at spaces, is a known name
// ("Blue Shield of California"): the mention is then part of a longer name.
func (t *Tagger) namesIn(s string) bool {
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		if hasUpperOrDigit(w) && t.gaz.wordOf(w)&nameClasses != 0 {
			return true
		}
		s = rest
	}
	return false
}

// stripPossessive returns w without the "'s" that ends a possessive or a
// contraction ("Men's", "Let’s"), for a look-up in the dictionaries.
func stripPossessive(w string) string {
	for _, s := range [...]string{"'s", "’s"} {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// termDash reports whether s opens with a dash and a space, as the
// description of a list item's term does ("- Using the operator…").
func termDash(s string) bool {
	for _, d := range [...]string{"- ", "– ", "— "} {
		if strings.HasPrefix(s, d) {
			return true
		}
	}
	return false
}
