package article

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// This file reads the dateline that opens a long paragraph ("01.02.2022 –
// Der Arbeitsmarkt ist gut in das Jahr gestartet", "27.1.2022 - Bei der
// Erinnerung..."): press releases and small news sites print the day of
// the story there and nowhere else. The last-resort scan of the page
// (fromPage) reads short texts whole; of a long text it reads this opening
// only, so that a date in the middle of a sentence never dates the page.
// Among the header texts, a text so opened is a date line however many
// words follow the date (fromHeader).

// maxDatelineHead is how much of a long text is read for its dateline.
const maxDatelineHead = 40

// datelineHead returns the opening of the long text node n when it starts
// with a digit, cut on a character boundary.
func datelineHead(n *html.Node) (string, bool) {
	if n.Type != html.TextNode || len(n.Data) <= headerNodeText || n.Parent == nil {
		return "", false
	}
	head := strings.TrimLeft(n.Data, " \t\r\n")
	if len(head) < maxDatelineHead || !isDigit(head[0]) {
		return "", false
	}
	head = head[:maxDatelineHead]
	for !utf8.ValidString(head) {
		head = head[:len(head)-1]
	}
	return head, true
}

// addDateline adds the date that opens the long text node n, if it opens
// with one, and reports whether it did.
func (dc *dateCands) addDateline(n *html.Node) bool {
	head, ok := datelineHead(n)
	if !ok {
		return false
	}
	d, start, end, found := FindDateIn(head, dc.lang)
	if !found || start != 0 || d.Precision < PrecisionDay || !credible(d) || !datelineEnd(head[end:]) {
		return false
	}
	dc.list = append(dc.list, dateCand{d: d, rank: rankPage})
	return true
}

// datelineEnd reports whether rest, the text after a date, starts as the
// text after a dateline does: a dash or an opening quote (a colon opens
// the item of a chronology: "07.06.2016: the bank says...").
func datelineEnd(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	for _, p := range []string{"-", "–", "—", "„", "“", "\"", "«"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// opensDateline reports whether the date at s[start:end] opens s as a
// dateline opens a paragraph: nothing before it, a dash or a quote after
// it.
func opensDateline(s string, start, end int) bool {
	return strings.TrimSpace(s[:start]) == "" && datelineEnd(s[end:])
}

// opensItem reports whether rest, the text after a date, opens with a
// colon that is not a time's: the date heads an item of a chronology or
// the source of a quotation ("Enzyklika, 25. Dezember 2005:"), not the
// article's date line.
func opensItem(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	rest = strings.TrimLeft(rest[1:], " \u00a0")
	return rest == "" || !isDigit(rest[0])
}
