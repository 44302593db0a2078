package entities

// A company named after a word or a family ("Bird", "Elsevier") reads
// as a person to the tagger; the noun before it ("les entreprises Bird",
// "l'éditeur Elsevier", "the retailer Hollis") says it is a company.

// companyNouns are the lower-case nouns that name a company, a
// publisher or a website just before its name. Nouns that also come
// before people ("chez", "rival", "team", "group") are left out.
var companyNouns = map[string]bool{
	"entreprise": true, "entreprises": true, "société": true, "sociétés": true, "firme": true,
	"start-up": true, "startup": true, "constructeur": true, "éditeur": true, "éditeurs": true,
	"opérateur": true, "fabricant": true, "filiale": true, "site": true, "plateforme": true,
	"company": true, "companies": true, "firm": true, "firms": true, "retailer": true,
	"automaker": true, "chipmaker": true, "subsidiary": true, "website": true, "platform": true,
	"publisher": true, "brand": true, "marque": true, "label": true,
}

// companyType returns ORG for a one-word person right after a company
// noun (prev, the word before the mention), else m's type.
func companyType(m mention, prev string) string {
	if m.typ == TypePER && len(m.toks) == 1 && companyNouns[prev] {
		return TypeORG
	}
	return m.typ
}
