package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the header lines a plain text sets under its title: the
// byline ("Par Claire Roux", "By Ann Lee") and the date line ("Publié le
// 26/02/2024 à 14h30, modifié le 26/02/2024 à 18h05", "Published March
// 2, 2024"), and the update line that may follow it ("Updated March 3,
// 2024").

// Bounds of the header of a plain text.
const (
	maxHeaderLines    = 3   // non-empty lines after the title looked at
	maxHeaderLineText = 200 // longest header line
)

// readTextHeader reads the byline and date lines that follow the title,
// from lines[i] on, into the article, and returns the index of the first
// line of the body. The header may also come right after a standfirst
// ("Title", "chapô", "Par X"): the line before it is then the
// standfirst.
func readTextHeader(c *Context, lines []string, i int) int {
	if j := readHeaderLines(c, lines, i); j > i {
		return j
	}
	first := nextNonEmpty(lines, i)
	if first < 0 {
		return i
	}
	after := first + 1
	if j := readHeaderLines(c, lines, after); j > after {
		c.article.Standfirst = lines[first]
		return j
	}
	return i
}

// readHeaderLines reads header lines from lines[i] on and returns the
// index after the last one read, or i. Each kind is read once; the first
// line that is neither ends the header.
func readHeaderLines(c *Context, lines []string, i int) int {
	for n := 0; n < maxHeaderLines; n++ {
		j := nextNonEmpty(lines, i)
		if j < 0 || len(lines[j]) > maxHeaderLineText || !readHeaderLine(c, lines[j]) && !readBareByline(c, lines, j) {
			return i
		}
		i = j + 1
	}
	return i
}

// maxBareBylineWords is the most words of a byline printed without "By"
// or "Par".
const maxBareBylineWords = 8

// readBareByline reads lines[j] as a byline printed without its "By",
// as pages set it and a copy keeps it: a short line of capitalised
// names, right above the date line ("Sarah Collins" then "Tue 4 Mar 2024
// 21.14 GMT"). The date line under it is what tells it from a
// standfirst or a sub-heading, and a known first name from the label of
// the story's section (see personName).
func readBareByline(c *Context, lines []string, j int) bool {
	line := lines[j]
	if c.article.Authors != nil || c.article.Published != nil || hasDigit(line) ||
		len(strings.Fields(line)) > maxBareBylineWords || !allCapitalised(line) {
		return false
	}
	next := nextNonEmpty(lines, j+1)
	if next < 0 || len(lines[next]) > maxHeaderLineText {
		return false
	}
	if _, _, _, ok := FindDate(lines[next]); !ok || !fewDateLineWords(c, lines[next]) {
		return false
	}
	r := bylineReader{langs: c.cfg.Languages(), strict: true}
	authors := r.read(line)
	if len(authors) == 0 || !slices.ContainsFunc(authors, personName) {
		return false
	}
	c.article.Authors = authors
	return true
}

// personName reports whether a reads as a person's full name: two words
// or more, the first a known first name. A section's label set in the
// same place ("Premier League", "Live Updates", "Analysis") is not.
func personName(a Author) bool {
	first, rest, ok := strings.Cut(a.Name, " ")
	return ok && rest != "" && knownFirstName(first)
}

// allCapitalised reports whether every word of s of two letters or more
// but the joining words and particles of names starts with a capital
// ("Sarah Collins and Tom Hale", "Jean de La Fontaine").
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 || nameParticles[strings.ToLower(w)] {
			continue
		}
		switch strings.ToLower(w) {
		case "and", "et", "und", "y", "e":
			continue
		}
		return false
	}
	return true
}

// readHeaderLine reads one header line and reports whether it was one.
func readHeaderLine(c *Context, line string) bool {
	a := c.article
	if a.Authors == nil {
		r := bylineReader{langs: c.cfg.Languages(), strict: true}
		if rest, ok := r.stripPrefix(line); ok && rest != "" {
			if authors := r.read(line); len(authors) > 0 {
				a.Authors = authors
				return true
			}
		}
	}
	if a.Published == nil {
		return readDateLine(c, line)
	}
	if a.Modified == nil {
		return readUpdateLine(c, line)
	}
	return false
}

// readUpdateLine reads a line of its own that gives the update under the
// publication line ("Published 4 March 2024" then "Updated 5 March
// 2024"): a date line whose date follows an update label.
func readUpdateLine(c *Context, line string) bool {
	if !fewDateLineWords(c, line) {
		return false
	}
	d, start, _, ok := FindDate(line)
	if !ok || !modifiedLabel(c.cfg.Languages(), line[:start]) {
		return false
	}
	c.article.Modified = &d
	return true
}

// readDateLine reads a line made of dates and their labels: the first
// date is the publication, a later one under a modified label the update.
func readDateLine(c *Context, line string) bool {
	if !fewDateLineWords(c, line) {
		return false
	}
	var pub, mod *Date
	for rest := line; ; {
		d, start, end, ok := FindDate(rest)
		if !ok {
			break
		}
		switch {
		case pub == nil:
			pub = &d
		case mod == nil && modifiedLabel(c.cfg.Languages(), rest[:start]):
			mod = &d
		}
		rest = rest[end:]
	}
	if pub == nil {
		return false
	}
	c.article.Published, c.article.Modified = pub, mod
	return true
}

// fewDateLineWords reports whether line holds at most maxDateLineWords
// words besides its dates and their labels (see dateCands.lineWords).
func fewDateLineWords(c *Context, line string) bool {
	dc := &dateCands{langs: c.cfg.Languages()}
	return dc.lineWords(line) <= maxDateLineWords
}

// modifiedLabel reports whether s, the text before a date, holds an
// update label of one of langs ("modifié le", "Updated").
func modifiedLabel(langs []*Language, s string) bool {
	s = strings.ToLower(s)
	for _, l := range langs {
		for _, lab := range l.ModifiedLabels {
			if strings.Contains(s, strings.ToLower(strings.TrimSpace(strings.TrimSuffix(lab, ":")))) {
				return true
			}
		}
	}
	return false
}
