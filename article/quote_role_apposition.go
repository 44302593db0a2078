package article

import (
	"strings"
	"unicode"
)

// complementWords link a role noun to what it heads: "la présidente du
// SNP", "le directeur de la Fnac", "the head of Orvia".
var complementWords = map[string]bool{
	"de": true, "du": true, "des": true, "d": true, "d'": true,
	"la": true, "l": true, "l'": true, "of": true, "the": true,
}

// roleApposition reads "a reconnu la ministre du Logement, Mme Hélène
// Vasseur" and "pour la présidente du SNP, Anne-Sophie Ribeiro": a name
// met inside the complement of a role noun only completes the role, and
// the person named in the apposition after it is the speaker. It returns
// false when the name is not a complement or no person follows.
func (d *qdoc) roleApposition(m, limit int) (int, bool) {
	mm := d.mentions[m]
	if mm.h0 < 1 || !complementWords[d.low(mm.h0-1)] || !d.is(mm.t1, ",") {
		return m, false
	}
	a := d.apposition(mm.t1, limit, nobody())
	if a.mention < 0 || a.mention == m || !d.mentions[a.mention].person {
		return m, false
	}
	return a.mention, true
}

// addresseeWords open the complement naming who was spoken to, between
// an inverted cue and its speaker: "a déclaré à l'AFP Jean Roux",
// "a confié au Parisien la maire".
var addresseeWords = map[string]bool{"à": true, "au": true, "aux": true}

// pastAddressee reads the speaker after an inverted cue's addressee,
// "a déclaré à l'AFP Jean-Marc Roux": from token i, an addressee word, an
// optional determiner, then one name that is not a person or one
// lowercase noun; the speaker is the person named right after. It
// returns nobody when the words do not have that shape.
func (d *qdoc) pastAddressee(i, limit int) who {
	if !addresseeWords[d.lowAt(i)] {
		return nobody()
	}
	k := i + 1
	if d.has(k, clsDeterminer) {
		k++
	}
	switch m := d.mentAt[min(k, len(d.mentAt)-1)]; {
	case !d.word(k):
		return nobody()
	case m > 0 && !d.mentions[m-1].person:
		k = d.mentions[m-1].t1
	case m == 0 && !d.toks[k].cap && !d.has(k, clsDeterminer|clsPreposition|clsPronoun):
		k++
	default:
		return nobody()
	}
	if w := d.npForward(k, limit); w.mention >= 0 && d.mentions[w.mention].person {
		return w
	}
	return nobody()
}

// nameAfterNoun reads "le milieu de terrain Baptiste Roux": inside a
// role's complement, a person named right after a lowercase noun is the
// role holder. Token k holds a mention; it returns the mention and true
// when that shape holds.
func (d *qdoc) nameAfterNoun(j, k int) (int, bool) {
	m := d.mentAt[k]
	if m == 0 || k < j+2 || d.mentions[m-1].h0 != k || !d.mentions[m-1].person {
		return 0, false
	}
	if !d.word(k-1) || d.toks[k-1].cap || d.has(k-1, clsDeterminer|clsPreposition|clsPronoun|clsTitle) {
		return 0, false
	}
	return int(m - 1), true
}

// acronymThenFirstName reports whether token j, a capitalised word after
// an acronym, starts a person's name rather than continuing the
// acronym's: "a déclaré à l'AFP Jean-Marc Roux" holds two names, "SNCF
// Réseau" one.
func (d *qdoc) acronymThenFirstName(j int) bool {
	if !d.acronym(j - 1) {
		return false
	}
	first, _, _ := strings.Cut(d.low(j), "-")
	return qFemaleNames[first] || qMaleNames[first]
}

// acronym reports whether token i is a word of two or more capital
// letters and nothing else ("AFP", "CGT").
func (d *qdoc) acronym(i int) bool {
	if !d.word(i) {
		return false
	}
	w := d.text[d.toks[i].start:d.toks[i].end]
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
