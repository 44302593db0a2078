package article

// dashIncise reads the incise that closes a line of dialogue after a
// dash, "— Je pensais rembourser tout le monde, répond Didier Lamarque.":
// a comma, then a speech verb and the person after it. It gives span sp
// that speaker and cue, ends its words at the comma when the incise ends
// the paragraph, and reports whether it found one.
func (d *qdoc) dashIncise(sp *qspan) bool {
	un := d.units[sp.unit]
	for k := un.t0 + 2; k+1 < un.t1; k++ {
		if !d.is(k, ",") {
			continue
		}
		c, ok := d.cueFrom(k+1, un.t1)
		if !ok || c.pron != "" {
			continue
		}
		w := d.speakerAfter(c, un.t1)
		if w.mention < 0 || !d.mentions[w.mention].person {
			continue
		}
		sp.cue = d.cueText(c)
		sp.speaker, sp.who = d.names.name(d, w.mention), w.mention
		if d.inciseEnds(d.mentions[w.mention].t1, un.t1) {
			sp.start, sp.end = trimQuoteSpace(d.text, sp.start, d.toks[k].start)
		}
		return true
	}
	return false
}

// inciseEnds reports whether the words from token i to the unit's end t1
// close the paragraph's last sentence with no more reported words: no
// comma, no second sentence.
func (d *qdoc) inciseEnds(i, t1 int) bool {
	if d.sentence(i).t1 < t1 {
		return false
	}
	for k := i; k < t1; k++ {
		if d.is(k, ",") || d.is(k, ";") || d.is(k, ":") {
			return false
		}
	}
	return true
}
