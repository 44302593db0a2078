package article

// English is the English language extension: the labels of English
// key-points blocks and bylines. It is one of the defaults.
var English = NewEnglish()

// NewEnglish returns the English language extension; extra summary labels
// may be given.
func NewEnglish(extraSummaryLabels ...string) Extender {
	return languageExtender(&Language{
		Tag: "en",
		SummaryLabels: append([]string{
			"TL;DR", "TLDR", "Key points", "Key takeaways", "Takeaways",
			"In brief", "In short", "Summary", "At a glance", "The big picture",
			"What you need to know", "Key facts", "Highlights", "Quick read",
			"The essentials",
		}, extraSummaryLabels...),
		BylinePrefixes: []string{"By", "Written by", "Words by", "Reporting by", "Interview by"},
	})
}
