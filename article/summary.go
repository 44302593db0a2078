package article

import (
	"strings"
)

// Summaries is the extension that finds the newsroom's key-points block:
// a label of one of the Config's languages ("Tl;dr", "L'essentiel", "Key
// points"...) followed by a list, or a label and its text on one line
// ("TL;DR: ..."), and in HTML a list in a box whose class or id says it
// holds key points ("key-points", "takeaways"...), near the top of the
// article (see summary_html.go). It is one of the defaults.
var Summaries = NewSummaries()

// NewSummaries returns the key-points extension.
func NewSummaries() Extender {
	return ExtenderFunc(func(c *Config) {
		c.AddLineExtractor(summaryLines{}, 200)
		c.AddNodeExtractor(summaryNodes{}, 200)
		c.AddTransformer(TransformerFunc(summaryFallback), 50)
	})
}

// summaryLines claims a labelled key-points block in plain text.
type summaryLines struct{}

func (summaryLines) Extract(c *Context, lines []string) int {
	if c.article.Summary != nil {
		return 0
	}
	if label, rest, ok := inlineSummary(c.cfg, lines[0]); ok {
		setSummary(c, Summary{Label: label, Points: []string{rest}})
		return 1
	}
	if !c.cfg.summaryLabel(lines[0]) {
		return 0
	}
	start := 1
	if start < len(lines) && lines[start] == "" {
		start++
	}
	items, n := listItems(lines[start:])
	if len(items) == 0 {
		return 0
	}
	setSummary(c, Summary{Label: summaryLabelText(lines[0]), Points: items})
	return start + n
}

// setSummary records s as the article's summary and where it stood.
func setSummary(c *Context, s Summary) {
	c.article.Summary = &s
	summaryAt.Set(c, len(c.blocks))
}

// inlineSummary recognises a label and its text on one line: "TL;DR: ...".
func inlineSummary(cfg *Config, line string) (label, rest string, ok bool) {
	i := strings.IndexByte(line, ':')
	if i <= 0 || i > 40 {
		return "", "", false
	}
	label, rest = summaryLabelText(line[:i]), strings.TrimSpace(line[i+1:])
	if rest == "" || !cfg.summaryLabel(label) {
		return "", "", false
	}
	return label, rest, true
}

// summaryLabelText returns a label as written, without its final colon.
func summaryLabelText(s string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ":\u00a0\u202f "))
}
