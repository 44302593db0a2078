package entities

// Weather services name their storms after people ("la tempête Ciaran",
// "Hurricane Katrina", "la tempête Céline"). The tagger reads such a
// name as a person or, from what it hits, a place; the word before it
// says it is an event, which the corpus convention (CoNLL-2003) files
// under MISC.

// stormWords are the lower-cased nouns that introduce a storm's name.
var stormWords = map[string]bool{
	"tempête": true, "ouragan": true, "cyclone": true, "typhon": true,
	"storm": true, "hurricane": true, "typhoon": true,
}

// stormType returns MISC for a mention that follows a storm noun (prev,
// the word before it, "" at the start of a sentence) or starts with one
// ("Hurricane Katrina"), else m's type.
func stormType(m mention, prev string) string {
	if inLower(stormWords, prev) || len(m.toks) > 1 && inLower(stormWords, m.toks[0].Text) {
		return TypeMISC
	}
	return m.typ
}
