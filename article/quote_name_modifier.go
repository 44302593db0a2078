package article

// An English speaker written after an inverted cue may be a common noun
// that a name only qualifies: "said a veteran Halden strategist who asked
// not to be named", "said one Halden official in the region", "said
// Nexora's lawyer". The name is then not the speaker: the text does not
// name the strategist.

// maxModifiedNouns bounds the lower-case words read after such a name.
const maxModifiedNouns = 4

// modifiesAfter reports whether mention m, found by npForward inside a
// noun phrase after an inverted cue, only qualifies the lower-case nouns
// after it. inner tells that words of the noun phrase stand before the
// name ("a veteran"); else the name must end with a possessive ("Nexora's
// lawyer"), for a bare name may be followed by an adverb of time ("said
// Smith yesterday"). The nouns must end the phrase: a capitalised word
// after them may be the person they name.
func (d *qdoc) modifiesAfter(m, limit int, inner bool) bool {
	mm := d.mentions[m]
	if !d.english || !inner && possessiveLen(d.text[mm.start:d.toks[mm.t1-1].end]) == 0 {
		return false
	}
	end := mm.t1
	for end < limit && end < mm.t1+maxModifiedNouns && d.plainWord(end) {
		end++
	}
	if end < limit && d.word(end) && d.toks[end].cap {
		return false
	}
	return d.nameModifies(m, end)
}

// plainNoun reports whether token k is a lower-case word that may be a
// noun or an adjective of a subject: no grammar word but a title or a
// filler.
func (d *qdoc) plainNoun(k int) bool {
	return d.word(k) && !d.toks[k].cap && d.toks[k].cls&^(clsTitle|clsFiller|clsMinor|clsStopStart) == 0
}

// plainWord reports whether token k is a plain noun (see plainNoun) and
// no speech verb.
func (d *qdoc) plainWord(k int) bool { return d.plainNoun(k) && !d.isVerb(k) }
