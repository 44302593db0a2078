package article

import "strings"

// This file widens the names of organisations (orgNamed) to the legal
// forms written after a company's or an association's name ("Acme AG",
// "Bund der Verbraucher e.V.", "Acme S.A.") and to the German compounds
// whose last part names an institution ("Hanns-Seidel-Stiftung",
// "Landesfrauenverband", "Wochenzeitung").

// legalForms are the legal forms of companies and associations, folded
// to lower case without their final dot.
var legalForms = foldedSet("ag", "se", "kg", "kgaa", "mbh", "gmbh", "ggmbh", "e.v", "ev", "e.k", "ug",
	"s.a", "sarl", "sas", "s.p.a", "spa", "s.r.l", "srl", "plc", "bv", "b.v", "nv", "n.v",
	"asa", "oy", "a/s")

// orgEndings are the last parts of German compounds that name an
// institution.
var orgEndings = []string{"stiftung", "verband", "verein", "zeitung", "verlag", "gesellschaft",
	"institut", "zentrum", "akademie", "kammer", "ministerium", "genossenschaft", "agentur"}

// orgFormed reports whether the words of name end with a legal form, or
// one of them is a compound that ends with an institution.
func orgFormed(words []string) bool {
	if len(words) >= 2 && legalForms[strings.TrimSuffix(strings.ToLower(words[len(words)-1]), ".")] {
		return true
	}
	for _, w := range words {
		k := strings.ToLower(strings.Trim(w, ",.;:()"))
		for _, e := range orgEndings {
			if len(k) > len(e)+2 && strings.HasSuffix(k, e) {
				return true
			}
		}
	}
	return false
}
