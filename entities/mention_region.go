package entities

// News write a small town with its region, department or state in
// brackets behind it: "Beaucaire (Gard)", "Ponchatoula (Louisiana)". The
// tagger, not knowing the town, may read it as a person; the place in
// the brackets says it is a place too.

// regionAfter reports whether the span sp of sent (words) is followed,
// after a space, by a place alone in brackets: "(", a span tagged LOC or
// a known country or city, ")". Code ("class Dog(Base)") has no space.
func (t *Tagger) regionAfter(sp Span, spans []Span, sent []Token, words []string) bool {
	open := sp.End
	if open+2 >= len(words) || words[open] != "(" || sent[open].Start == sent[open-1].End {
		return false
	}
	for _, in := range spans {
		if in.Start == open+1 && in.End < len(words) && words[in.End] == ")" {
			return in.Type == TypeLOC || t.gaz.classes(words[in.Start:in.End])&(gCountry|gCity) != 0
		}
	}
	return false
}

// regionType returns LOC for a one-word person mention, the span sp of
// sent, with a place in brackets behind it, whose word the dictionaries
// know as a proper name or a place but not as a first name; else m's
// type. A word they do not know may be anything ("Liraglutide
// (Saxenda)").
func (t *Tagger) regionType(m mention, sp Span, spans []Span, sent []Token, words []string) string {
	if m.typ != TypePER || len(m.toks) != 1 {
		return m.typ
	}
	if c := t.gaz.wordOf(m.toks[0].Text); c&(gPropn|gCity|gWnPlace) == 0 || c&(gFirst|gNamePart) != 0 {
		return m.typ
	}
	if !t.regionAfter(sp, spans, sent, words) {
		return m.typ
	}
	return TypeLOC
}
