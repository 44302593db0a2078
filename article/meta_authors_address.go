package article

import "strings"

// This file keeps the postal address out of the authors a <meta> tag or
// the JSON-LD gives. Some sites fill the author tag with the publisher's
// address: "Acme Verlag GmbH, Nürnberg, Germany", "Frankfurt, Germany".
// Read as a list of names, it gives a town and a country. A list that
// ends with a country is such an address: the country, the town before
// it and the single words (a bare company name) name no one.

// countryNames are the countries an address ends with, in the languages
// of the large news markets, folded to lower case.
var countryNames = foldedSet("germany", "deutschland", "austria", "österreich", "switzerland", "schweiz",
	"suisse", "svizzera", "france", "frankreich", "italy", "italia", "italien", "spain", "españa",
	"spanien", "portugal", "netherlands", "nederland", "niederlande", "belgium", "belgien", "belgique",
	"luxembourg", "luxemburg", "liechtenstein", "poland", "polska", "polen", "czech republic", "česko",
	"denmark", "danmark", "sweden", "sverige", "norway", "norge", "finland", "suomi", "ireland",
	"united kingdom", "uk", "great britain", "england", "usa", "u.s.a.", "united states",
	"united states of america", "canada", "mexico", "méxico", "brazil", "brasil", "argentina", "chile",
	"colombia", "peru", "perú", "australia", "new zealand", "india", "japan", "china", "singapore",
	"south africa", "türkiye", "turkey", "greece", "russia")

// dropAddress returns the names of as without the address they end with:
// when the last name is a country, the country, the town before it and
// every name of one word go. Other lists come back as they are.
func dropAddress(as []Author) []Author {
	if len(as) < 2 || !countryNames[strings.ToLower(as[len(as)-1].Name)] {
		return as
	}
	var out []Author
	for _, a := range as[:len(as)-2] {
		if strings.Contains(a.Name, " ") {
			out = append(out, a)
		}
	}
	return out
}

// endsWithCountry reports whether the list s ends with a country after a
// comma: "Frankfurt, Deutschland" is a town and its country, not "Doe,
// Jane".
func endsWithCountry(s string) bool {
	i := strings.LastIndexByte(s, ',')
	return i >= 0 && countryNames[strings.ToLower(strings.TrimSpace(s[i+1:]))]
}
