package article

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Language is what the extractors know of one language: the words that
// label a key-points block, introduce a byline, and so on. Languages are
// added to a Config by language extensions (French, English), and the
// extractors use the ones whose Tag matches the article's language, or all
// of them when it is unknown.
type Language struct {
	// Tag is the BCP 47 language tag, e.g. "fr".
	Tag string
	// SummaryLabels are the headings of a key-points block, e.g. "Tl;dr",
	// "L'essentiel", "Key points". They match case-insensitively, with
	// either apostrophe, and with or without a final colon.
	SummaryLabels []string
	// BylinePrefixes introduce the authors of a byline, e.g. "Par", "By".
	BylinePrefixes []string
}

// IsSummaryLabel reports whether s, a line or heading, is one of l's
// summary labels.
func (l *Language) IsSummaryLabel(s string) bool {
	k := labelKey(s)
	for _, lab := range l.SummaryLabels {
		if labelKey(lab) == k {
			return true
		}
	}
	return false
}

// labelKey folds s for comparing labels: NFC, lower case, one kind of
// apostrophe, no surrounding spaces or final colon, inner spaces collapsed.
func labelKey(s string) string {
	s = norm.NFC.String(s)
	s = strings.ToLower(s)
	s = strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ").Replace(s)
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == ':' || unicode.IsSpace(r) })
	return strings.Join(strings.Fields(s), " ")
}

// summaryLabel reports whether s is a summary label in one of the
// languages of c.
func (c *Config) summaryLabel(s string) bool {
	if len(s) > 64 {
		return false
	}
	for _, l := range c.languages {
		if l.IsSummaryLabel(s) {
			return true
		}
	}
	return false
}
