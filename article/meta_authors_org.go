package article

import "strings"

// This file tells the name of an organisation from a person's when a
// structured source calls both a Person: a site that credits itself as
// a person ("British Heart Foundation", ", USA TODAY") yields to the
// person its byline names, a one-person blog named for its author does
// not; the publication and the desk named beside the writers are dropped.

// orgWords are the words that name an institution, never a person, in
// the languages the byline reader knows, folded to lower case.
var orgWords = foldedSet("foundation", "institute", "institut", "instituto", "istituto", "clinic",
	"klinik", "clínica", "hospital", "association", "associação", "asociación", "verein", "verband",
	"university", "universität", "universidad", "università", "université", "college", "council",
	"society", "news", "media", "group", "gruppe", "grupo", "magazine", "magazin", "revista", "team",
	"agency", "company", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corporation", "corp", "network",
	"ministry", "ministerium", "ministerio", "department", "office", "center", "centre", "trust",
	"redaktion", "redacción", "redazione", "redactie", "rédaction", "newsroom", "desk", "staff")

// orgShaped reports whether name reads as an organisation's: it names an
// institution (orgNamed), or it is two words or more all in capitals, as
// a site writes its own name ("USA TODAY").
func orgShaped(name string) bool {
	words := strings.Fields(name)
	caps := len(words) >= 2
	for _, w := range words {
		caps = caps && isAllCaps(w)
	}
	return caps || orgNamed(name)
}

// orgNamed reports whether name holds a word of an institution. Capitals
// alone do not tell: bylines print people's names in capitals too.
func orgNamed(name string) bool {
	words := strings.Fields(name)
	for _, w := range words {
		if orgWords[strings.ToLower(strings.Trim(w, ",.;:()"))] {
			return true
		}
	}
	return orgFormed(words)
}

// dropSiteInList drops the site's name from the names one structured
// author string gives when it names people beside it: the publication
// written after the writers ("Jane Doe and John Roe, The Valley Times").
func (ap authorPicker) dropSiteInList(as []Author) []Author {
	if len(as) < 2 || ap.ts == nil {
		return as
	}
	out := as[:0:0]
	for _, a := range as {
		if isAgency(a.Name) || !ap.ts.isSite(a.Name) {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return as
	}
	return out
}
