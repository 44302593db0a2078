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
			"The essentials", "Too long; didn't read", "Key insights",
		}, extraSummaryLabels...),
		BylinePrefixes: []string{"By", "Written by", "Words by", "Reporting by", "Interview by", "Posted by",
			"Published by", "Author", "Authors", "Text", "Story by", "Article by"},
		BylineJoiners: []string{"and", "with"},
		BylineRoles: []string{"staff writer", "senior writer", "contributor", "contributing writer", "editor",
			"senior editor", "reporter", "correspondent", "columnist", "photos", "photographer",
			"illustration", "staff reporter", "writer"},
		NotAuthors: []string{"Staff", "Admin", "Administrator", "Editor", "Editorial Staff", "Editorial Team",
			"Staff Writer", "Staff Reporter", "Newsroom", "Web Desk", "News Desk", "Guest", "Anonymous",
			"Unknown", "User"},
		PublishedLabels: []string{"Published on", "Published", "Posted on", "Posted", "First published on", "First published"},
		ModifiedLabels:  []string{"Last updated on", "Last updated", "Updated on", "Updated", "Last modified", "Modified"},
		SpeechVerbs:     englishSpeechVerbs(),
		WeakSpeechVerbs: englishWeakSpeechVerbs,
		SourceCues:      englishSourceCues,
		NamingWords:     englishNamingWords,
		PersonTitles:    englishPersonTitles,
	})
}
