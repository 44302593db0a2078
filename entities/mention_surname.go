package entities

// The tagger reads a bare surname as a place when nothing around it says
// person ("the plan Klobuchar unveiled", "selon les proches de
// Netanyahu"). One name, one type: a one-word place that is the surname
// of a person the text names in full, opened by a known first name ("Amy
// Klobuchar"), is that person, unless the dictionaries know the word as
// a place, a brand or a common word ("Austin", "Warren", "Bluetooth").
// The mention becomes a person, and merging then gives it to the full
// name. Only in the languages the model learnt: elsewhere a function
// word that is also a first name ("nella Striscia", "eine") would open
// the full name.

// surnameTypes makes a person of each one-word place mention of ms that
// is the surname of a person named in full in ms (surnames).
func (t *Tagger) surnameTypes(ms []mention) {
	var last map[string]bool // surnames(ms), made when a candidate is seen
	for i, m := range ms {
		if m.typ != TypeLOC || len(m.toks) != 1 {
			continue
		}
		if last == nil {
			last = t.surnames(ms)
		}
		if w := m.toks[0].Text; last[w] && t.bareSurname(w) {
			ms[i].typ = TypePER
		}
	}
}

// surnames returns the last words of the persons of ms named by a known
// first name and a surname, or more words.
func (t *Tagger) surnames(ms []mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		if n := len(m.toks); m.typ == TypePER && n >= 2 && t.gaz.wordOf(m.toks[0].Text)&gFirst != 0 {
			out[m.toks[n-1].Text] = true
		}
	}
	return out
}

// bareSurname reports whether w can stand for a person alone: no place,
// brand, common word or acronym the dictionaries know.
func (t *Tagger) bareSurname(w string) bool {
	if isAcronym(w) || t.gaz.wordOf(w)&(gFrWord|gEnWord) != 0 {
		return false
	}
	place, brand := t.nameFacts([]string{w})
	return !place && !brand
}
