package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reads the dates printed in the header of the article, with
// their labels ("Publié le", "Updated", "Aktualisiert") and the datetime
// of the <time> elements that hold them.

// maxLabelText is the longest text before a date read as its label.
const maxLabelText = 60

// fromHeader adds the dates printed in the header texts.
func (dc *dateCands) fromHeader(texts []headerText) {
	for _, t := range texts {
		if !hasDigit(t.text) || inTodayWidget(t.node) {
			continue
		}
		s := t.text
		for range 2 {
			d, start, end, ok := FindDateIn(s, dc.lang)
			if !ok {
				break
			}
			if d.Precision >= PrecisionDay {
				ctx := s[:start]
				if strings.TrimSpace(ctx) == "" {
					ctx = labelBefore(t, texts)
				}
				d = preciseTime(t.node, d)
				if dc.isOtherLabel(ctx) {
					s = s[end:]
					continue
				}
				dc.list = append(dc.list, dateCand{d: d, rank: rankVisible,
					modified: dc.isModifiedAround(ctx, s[end:]) || updateBesidePublication(t.node),
					line: (dc.isDateLine(t.node, t.text) || s == t.text && opensDateline(s, start, end) && !dc.inTeaser(t.node)) &&
						!opensItem(s[end:]),
					marked: dateElement(t.node), dist: max(t.pos, -t.pos)})
			}
			s = s[end:]
		}
	}
}

// labelBefore returns the text printed just before the date text t: the
// text of its line up to the date ("Updated" in a <span> of its own, "last
// post by X"), else the short text before it in the header ("Published"
// in a <dt>).
func labelBefore(t headerText, texts []headerText) string {
	n := t.node
	for i := 0; i < 3 && n != nil; i, n = i+1, n.Parent {
		line := boundedText(n, headerNodeText)
		if k := strings.Index(line, t.text); k >= 0 {
			line = line[:k]
		}
		if line = strings.Trim(line, " |"); line != "" {
			return line
		}
		if isBlockElement(n) {
			break
		}
	}
	for i, u := range texts {
		if u.node == t.node && u.text == t.text && i > 0 && len(texts[i-1].text) <= maxLabelText {
			return texts[i-1].text
		}
	}
	return ""
}

// timeValue returns the datetime attribute of the <time> element that
// holds a header text, if any.
func timeValue(n *html.Node) string {
	for i := 0; i < 2 && n != nil; i++ {
		if n.DataAtom == atom.Time {
			return Attr(n, "datetime")
		}
		n = n.Parent
	}
	return ""
}

// preciseTime returns the datetime of the <time> element that holds a
// printed date when it falls on the same day and says more (the time of
// day, the UTC offset), else the printed date.
func preciseTime(n *html.Node, printed Date) Date {
	v := timeValue(n)
	if v == "" {
		return printed
	}
	d, ok := parseMetaDate(v, "")
	if !ok || !sameDay(d, printed) || d.Precision <= printed.Precision && d.Local == printed.Local {
		return printed
	}
	return d
}
