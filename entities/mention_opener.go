package entities

// Many common English and French words are also surnames or entries of a
// dictionary of names ("Yes", "Good", "Key", "Black", "Wash"), and open
// sentences, answers and list items: "Yes, but it must be folded", "Key
// workers are exempted", "Wash the okra". Alone at a sentence's start,
// never capitalised inside a sentence and no word of a longer name of
// the text, such a word is no name. A first name or a part of one
// ("Gloria"), a known proper name or brand ("Apple", "Orange"), a place,
// a demonym, a word of bodies' names ("Congress"), a name WordNet lists
// and an acronym ("GM") stay.

// strongNameClasses are the gazetteer classes that make a common word a
// name on their own.
const strongNameClasses = gFirst | gNamePart | gPropn | gCountry | gCity | gDemonym | gOrgWord |
	gWnPerson | gWnPlace | gWnOrg | gWnMisc | gWnPeople | gWnNoun | gWnAdj

// weakNameWord reports whether w, not written in capitals, is a common
// French or English word whose only readings as a name are weak ones (a
// surname, a dictionary's capitalised entry).
func (t *Tagger) weakNameWord(w string) bool {
	if isUpperWord(w) {
		return false
	}
	c := t.gaz.wordOf(w)
	return c&(gFrWord|gEnWord) != 0 && c&strongNameClasses == 0
}

// nameWords returns the words of the mentions of two words or more in
// ms: a word among them is part of a name of the text ("Black" of "Jack
// Black").
func nameWords(ms []mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		if len(m.toks) < 2 {
			continue
		}
		for _, tk := range m.toks {
			out[tk.Text] = true
		}
	}
	return out
}
