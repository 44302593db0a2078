package article_test

import "testing"

// TestQuoteSpacedCloseEndsSentence checks that a quotation ending with a
// period or a question mark before a spaced closing guillemet ends the
// sentence, so that the capitalised word after it ("Il", "Autant") is
// not read as a name, nor its verb as the quotation's cue.
func TestQuoteSpacedCloseEndsSentence(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"pronoun", "Lucien Marchetti reste perplexe : « Les rédactions se sont réveillées en janvier. » Il évoque alors les interpellations.", "Lucien Marchetti"},
		{"no-break space", "Les reporters filment sans coupure. «\u00a0Au milieu de quel sujet ?\u00a0» Autant de contraintes qui expliquent la défiance.", ""},
	})
}
