package entities

// German capitalises every noun, and many nouns are also the name of a
// town the gazetteer lists: "am Ende", "auf den Boden", "zum Essen", "im
// Zug" (Ende, Boden, Essen and Zug are towns). A town takes no article
// in German ("in Essen", "nach Zug"), a noun does: a one-word town that
// the text always writes after an article is a noun.

// germanArticles are the German articles and the prepositions merged
// with one, lower-cased.
var germanArticles = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true,
	"eine": true, "einen": true, "einem": true, "einer": true, "eines": true, "am": true, "im": true,
	"zum": true, "zur": true, "vom": true, "beim": true, "ins": true, "aufs": true,
}

// townAsNoun reports whether g, whose fullest name is ws, is one word
// that names a town and that follows an article wherever the text
// writes it, or comes before a date as a time noun ("bis Ende 2017"),
// or, for a town that is no country, after an adjective that marks a
// noun (adjectiveNoun: "gutes Essen").
func (t *Tagger) townAsNoun(g *group, ws []string) bool {
	if len(ws) != 1 {
		return false
	}
	c := t.gaz.wordOf(ws[0])
	if c&gCity == 0 {
		return false
	}
	for _, m := range g.ms {
		if !germanArticles[wordBefore(g.text, m.start())] && !timeNoun(m, nextWord(g.text, m.end())) &&
			(c&gCountry != 0 || !adjectiveNoun(g.text, m.start())) {
			return false
		}
	}
	return true
}
