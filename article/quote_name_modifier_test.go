package article_test

import "testing"

// TestQuoteNameModifiesAfterCue checks that a name inside the noun phrase
// after an inverted cue, which only qualifies the nouns after it, is not
// the speaker ("said a veteran Halden strategist who", "said Nexora's
// lawyer"), while a bare name followed by an adverb of time stays the
// speaker and a person named after the nouns is found.
func TestQuoteNameModifiesAfterCue(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"relative", "“Both of them stood out on that stage,” said a veteran Halden strategist who is not aligned with any campaign.", ""},
		{"preposition", "“Marlow let everybody down,” said one Varga operative in the state.", ""},
		{"possessive", "“We will appeal,” said Nexora's lawyer.", ""},
		{"time adverb", "“We will appeal,” said Anna Berg yesterday.", "Anna Berg"},
		{"person after", "“Sales are up,” said Nexora chief executive Anna Berg.", "Anna Berg"},
	})
}

// TestQuoteAppositionNameModifies checks that a name which only qualifies
// the nouns of an apposition ("Tom Hale, a Halden wine merchant, said")
// leaves the name before the apposition as the speaker.
func TestQuoteAppositionNameModifies(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"merchant", "Tom Hale, a Halden wine merchant, said: “It is a fine grape.”", "Tom Hale"},
		{"possessive", "Mara Quint, the Nexora spokeswoman, said the plan was “dead on arrival.”", "Mara Quint"},
		{"name heads", "Tom Hale, the founder of Halden, said: “It is a fine grape.”", "Tom Hale"},
	})
}
