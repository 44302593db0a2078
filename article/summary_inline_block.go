package article

import "strings"

// A summary the fallback finds outside the body's elements may still be
// in the body as a single block: a "TL;DR: ..." paragraph the body read
// as a quote, a box of paragraphs the body read as one table cell. The
// block that reads the label and then the points is the summary, and
// leaves the body.

// inlineSummaryBlock reports whether b reads "Label: points" for s, a
// summary with a label whose points, joined by spaces, are points: its
// text is the label and the points.
func inlineSummaryBlock(b Block, s *Summary, points string) bool {
	if s.Label == "" || len(b.Text) < len(s.Label) {
		return false
	}
	head, ok := strings.CutSuffix(b.Text, points)
	return ok && head != "" && labelKey(summaryLabelText(head)) == labelKey(s.Label)
}
