package entities

// leadWords open a clause at a sentence's start and never begin a name
// the tagger ran them into: "While Zoom offers…", "So I tried…", "Both
// Strava and…". Words that do begin names ("After Effects") are left out.
var leadWords = map[string]bool{
	"while": true, "whilst": true, "so": true, "when": true, "if": true, "although": true,
	"though": true, "because": true, "since": true, "both": true, "unless": true, "whereas": true,
	"however": true, "meanwhile": true, "also": true, "then": true, "yet": true,
	"lorsque": true, "quand": true, "puisque": true, "alors": true, "pourtant": true, "cependant": true,
}

// cutLeadWord drops the first word of a mention that opens a sentence
// when it is a lead word followed by a capitalised word, unless the
// mention names a work (MISC, "When Harry Met Sally"). It reports false,
// dropping the mention, when one word is left ("While Zoom": the tagger
// read the pair as one name, so the word alone is not a sure one; "While
// AI" would make every "AI" of the text a name), and when the mention is
// only the English pronoun "I".
func cutLeadWord(m mention) (mention, bool) {
	if m.initial && len(m.toks) > 1 && m.typ != TypeMISC && inLower(leadWords, m.toks[0].Text) &&
		hasUpperOrDigit(m.toks[1].Text) {
		m.toks = m.toks[1:]
		return m, len(m.toks) > 1
	}
	return m, !(len(m.toks) == 1 && m.toks[0].Text == "I")
}
