package article

// The press names an institution by a common noun and the place or body
// it serves: "estime la préfecture des Landes", "a déclaré le ministère
// de l'Intérieur", "the city of Biarritz announced". The proper name in
// such a phrase is a complement: the place did not speak, the institution
// did. The quote extractor reads the whole phrase as one organisation's
// name, from the noun on.

// qInstitutionHeads are the common nouns that head an institution's name
// when a proper name follows them as its complement.
var qInstitutionHeads = qset(`ministère préfecture sous-préfecture mairie parquet gendarmerie police
tribunal cour conseil commission agence ambassade consulat gouvernement présidence rectorat hôpital
université ville municipalité région département métropole office ministry prefecture department
police court council commission agency embassy consulate government presidency city county state
university hospital administration authority`)

// qContractedArticles are the prepositions fused with an article that may
// stand before an institution's noun: "la porte-parole du ministère de la
// Santé".
var qContractedArticles = qset(`au aux`)

// qComplementPreps join an institution's noun to its complement.
var qComplementPreps = qset(`de des du d' of`)

// maxInstitutionAdjectives is how many lower-case words may stand between
// the noun and its complement: "le conseil départemental des Landes".
const maxInstitutionAdjectives = 2

// institutionHead returns the token of the noun of an institution whose
// complement is the name at tokens [i, j), or -1. The phrase is an
// article, the noun, at most two adjectives, "de" or "of", maybe an
// article, then the name; lo is the first token of the unit. A person's
// name is never a complement: "la mairie de Jean Dupont" is his.
func (d *qdoc) institutionHead(i, j, lo int) int {
	k := i - 1
	if k > lo && d.has(k, clsDeterminer) && !d.has(k, clsPreposition) {
		k-- // "de l'Intérieur", "of the Interior"
	}
	if k <= lo || !d.word(k) || !qComplementPreps[d.low(k)] || d.personName(i, j) {
		return -1
	}
	for n := 0; n <= maxInstitutionAdjectives; n++ {
		k--
		if k <= lo || !d.word(k) || d.toks[k].cap {
			return -1
		}
		if qInstitutionHeads[d.low(k)] {
			if d.has(k-1, clsDeterminer) || qContractedArticles[d.low(k-1)] {
				return k
			}
			return -1
		}
		if d.toks[k].cls != 0 || d.isVerb(k) {
			return -1 // not an adjective: "la police a interrogé des Parisiens"
		}
	}
	return -1
}

// institutionTail returns the end of an English institution's name that
// the name at tokens [i, j) qualifies, or j: "the Paris prosecutor's
// office said", "Lyon police said". At most two lower-case words lead
// to the noun; limit is the end of the unit.
func (d *qdoc) institutionTail(i, j, limit int) int {
	if d.french || d.personName(i, j) {
		return j
	}
	for k := j; k < limit && k <= j+maxInstitutionAdjectives; k++ {
		if !d.word(k) || d.toks[k].cap {
			return j
		}
		w := d.low(k)
		if qInstitutionHeads[w[:len(w)-possessiveLen(w)]] {
			return k + 1
		}
		if d.toks[k].cls != 0 || d.isVerb(k) {
			return j
		}
	}
	return j
}

// personName reports whether tokens [i, j) read as a person's name: an
// honorific, or a known first name and more.
func (d *qdoc) personName(i, j int) bool {
	if _, ok := honorifics[d.low(i)]; ok {
		return true
	}
	return j-i >= 2 && firstNameGender(d.low(i)) != 0
}

// addInstitution adds the mention of an institution's name, from its
// noun at token h to the end of its complement at token j.
func (d *qdoc) addInstitution(h, j int) {
	d.pushMention(qmention{h0: h, canon: -1, org: true, inst: true}, h, j)
}
