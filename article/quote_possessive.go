package article

// A person's name may follow the possessive of the body they speak for,
// in one run of capitalised words: "NYU's Scott Galloway says", "the
// ACLU's Jay Stanley told". The person is the name; the body only
// qualifies them.

// afterPossessive returns the token where the name in tokens [t, j)
// starts when a possessive leads it to a person's name of two words or
// more (a known first name, an honorific, or a person the entities
// extension found there), or t: "Women's Health Initiative" stays whole.
func (d *qdoc) afterPossessive(t, j int) int {
	for k := t; k < j-2; k++ {
		if possessiveLen(d.text[d.toks[k].start:d.toks[k].end]) > 0 {
			if d.personName(k+1, j) || d.names.personAt(d.toks[k+1].start) {
				return k + 1
			}
			return t
		}
	}
	return t
}
