package article

// mainSubject reports whether mention m, read after a source cue past a
// comma, is the subject of the main clause rather than an apposition:
// "selon un proche du ministre, Jean Dupuis se montre redoutable",
// "according to a neighbour, Tom Hale then left". The name follows a
// comma and a lowercase word that is no preposition, determiner or
// reflexive comes right after it.
func (d *qdoc) mainSubject(m int) bool {
	mm := d.mentions[m]
	if mm.h0 == 0 || !d.is(mm.h0-1, ",") || !d.word(mm.t1) || d.toks[mm.t1].cap {
		return false
	}
	return !d.has(mm.t1, clsPreposition|clsDeterminer) && !qReflexives[d.low(mm.t1)]
}

// sourceSpeaker reads the speaker after a source cue ending at token k,
// without the subject of the main clause (see mainSubject).
func (d *qdoc) sourceSpeaker(k, hi int) who {
	w := d.npForward(k, hi)
	if w.mention >= 0 && d.mainSubject(w.mention) {
		w.mention = -1
	}
	return w
}

// maxRelativeClause bounds the tokens of a relative clause skipped
// before a verb.
const maxRelativeClause = 30

// relativeClauseStart returns where the subject before the verb group at
// token vg0 ends: before a relative clause set off by commas that ends
// right before the verb ("Myers, who was EVP of communications and
// public affairs, told"; "Mme Roux, qui dirige l'ONG, a déclaré"), whose
// names are not the subject; else vg0. s0 starts the sentence.
func (d *qdoc) relativeClauseStart(vg0, s0 int) int {
	if !d.is(vg0-1, ",") {
		return vg0
	}
	for k := vg0 - 2; k > s0 && k > vg0-maxRelativeClause; k-- {
		switch {
		case d.has(k, clsRelative) && d.is(k-1, ","):
			return k - 1
		case !d.word(k) && !d.is(k, ",") || d.spanOf[k] != 0:
			return vg0
		}
	}
	return vg0
}

// maxApposition bounds the tokens of an apposition read between a name
// and its verb after a quotation.
const maxApposition = 25

// appositionStop returns the token after which a verb no longer
// attributes a quotation to the name at token p, when the name is
// followed by an apposition set off by commas: "“…,” Sean Hale, an
// assistant professor of political science at the University of North
// Florida, told the paper". It returns 0 for any other words.
func (d *qdoc) appositionStop(p, hi int) int {
	m := d.mentAt[p]
	if m == 0 || !d.is(d.mentions[m-1].t1, ",") {
		return 0
	}
	for k := d.mentions[m-1].t1 + 1; k < hi && k < p+maxApposition; k++ {
		switch {
		case d.is(k, ","):
			return k + 3
		case !d.word(k) || d.spanOf[k] != 0:
			return 0
		}
	}
	return 0
}
