package article

// namesTerm reports whether the attribution a of a partial quotation
// that names no speaker only gives a name to a thing: a naming verb in
// the passive ("the outcome is called the “rough cut”", "sometimes
// called “labs”") or said by the writer ("what I call a “foundational
// protocol”", "we call it “the alliances”", "ce qu'on appelle"). Such
// marks hold a term, not reported speech.
func (d *qdoc) namesTerm(a attribution) bool {
	c := a.cue
	if c.t1 <= c.t0 || !termVerbs[d.low(c.t1-1)] {
		return false
	}
	for k := min(c.t0, c.vg0); k < c.t1-1; k++ {
		if d.word(k) && termPassive[d.low(k)] {
			return true
		}
	}
	k := c.vg0 - 1
	for k >= 0 && !d.word(k) {
		k--
	}
	if k < 0 {
		return false
	}
	w := d.low(k)
	return termPassive[w] || termWriters[w]
}

// termVerbs are the verbs that give a name to a thing, in English and
// French.
var termVerbs = map[string]bool{
	"call": true, "calls": true, "called": true, "label": true, "labels": true, "labeled": true,
	"labelled": true, "term": true, "terms": true, "termed": true, "dub": true, "dubs": true,
	"dubbed": true, "appelle": true, "appellent": true, "appelons": true, "appelé": true,
	"appelée": true, "appelés": true, "appelées": true, "nomme": true, "nommé": true, "nommée": true,
}

// termPassive are the words before a naming verb that make it passive or
// habitual: "is called", "sometimes called", "est appelé".
var termPassive = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"often": true, "sometimes": true, "also": true, "commonly": true, "usually": true,
	"generally": true, "widely": true, "'s": true, "est": true, "sont": true, "souvent": true, "parfois": true,
	"aussi": true, "également": true,
}

// termWriters are the subjects that make the writer or anyone the one who
// names: "I call", "we call", "you could call", "let's call", "on appelle".
var termWriters = map[string]bool{
	"i": true, "we": true, "you": true, "let's": true, "one": true, "on": true, "j'": true,
	"nous": true, "je": true, "vous": true,
}

// labelSpeaker reports whether the name w, read before a colon with no
// speech verb known ("Jane Doe: “…”", "CEO Jane Doe affirms: “…”"), is
// the one who speaks, which only a person's name is: the label of a list
// item or a heading ("User review: “…”", "Acme Style Box: “…”") is no
// speaker.
func (d *qdoc) labelSpeaker(w who) bool {
	return d.mentions[w.mention].person
}
