package article

import "strings"

// wordClass is a set of the grammar classes a word belongs to. Each token
// gets its classes from one map lookup when it is made, so that the
// extractor tests a bit rather than looking the word up in several sets.
type wordClass uint32

const (
	clsDeterminer wordClass = 1 << iota
	clsAuxiliary
	clsFiller
	clsPreposition
	clsPronoun
	clsBoundary
	clsRelative
	clsFirstPerson
	clsMinor
	clsParticle
	clsStopStart
	clsOrgWord
	clsOrgType
	clsWorkNoun
	clsTitle       // a person title or role of the lexicon, or its plural
	clsVerb        // the first word of a speech verb form
	clsCue         // the first word of a source cue
	clsNaming      // the first word of a naming word
	clsInvertedAux // an auxiliary with an inverted pronoun: "a-t-il", "est-elle"
	clsMonth       // a month's name, never a speaker: "a June report"
)

// qClasses maps each grammar word to its classes.
var qClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, s := range []struct {
		set map[string]bool
		c   wordClass
	}{{qDeterminers, clsDeterminer}, {qAuxiliaries, clsAuxiliary}, {qFillers, clsFiller},
		{qPrepositions, clsPreposition}, {qPronouns, clsPronoun}, {qBoundaryWords, clsBoundary},
		{qRelatives, clsRelative}, {qFirstPerson, clsFirstPerson}, {qMinorWords, clsMinor},
		{qParticles, clsParticle}, {qStopStarts, clsStopStart}, {qOrgWords, clsOrgWord},
		{qOrgTypes, clsOrgType}, {qWorkNouns, clsWorkNoun}, {qMonths, clsMonth}} {
		for w := range s.set {
			m[w] |= s.c
		}
	}
	return m
}()

// classesOf returns the classes of w, a word in lower case, in lx: the
// grammar classes and those of lx's words.
func (lx *quoteLexicon) classesOf(w string) wordClass {
	var c wordClass
	if lx.classFilter.may(w) {
		c = lx.classes[w]
	}
	if strings.IndexByte(w, '-') >= 0 {
		if base, pron := splitInversion(w); pron != "" && qAuxiliaries[base] {
			c |= clsInvertedAux
		}
	}
	return c
}

// buildClasses fills lx.classes from qClasses and lx's words.
func (lx *quoteLexicon) buildClasses() {
	lx.classes = make(map[string]wordClass, len(qClasses)+2*len(lx.titles)+len(lx.verbs))
	for w, c := range qClasses {
		lx.classes[w] = c
	}
	for t := range lx.titles {
		lx.classes[t] |= clsTitle
		if len(t)+1 > 3 {
			lx.classes[t+"s"] |= clsTitle
		}
	}
	for w := range lx.cues {
		lx.classes[w] |= clsCue
	}
	for w := range lx.naming {
		lx.classes[w] |= clsNaming
	}
	for w := range lx.verbs {
		lx.classes[w] |= clsVerb
	}
	for w := range lx.classes {
		lx.classFilter.add(w)
	}
}

// has reports whether token i exists, is a word and is of a class of c.
func (d *qdoc) has(i int, c wordClass) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].word && d.toks[i].cls&c != 0
}
