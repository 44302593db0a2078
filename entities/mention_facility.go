package entities

import "strings"

// French names its streets, schools, stations and halls after people,
// with the person's name hyphenated behind the kind of place: "rue
// Victor-Hugo", "lycée Jean-Moulin", "stade Pierre-Mauroy", "médiathèque
// Jean-de-La-Fontaine". The tagger, seeing a person's name, reads the
// whole as a person; the first word says what it is.

// facilityKinds maps the lower-cased word that opens such a name to the
// kind it makes: a place one goes to (LOC), or an institution (ORG).
var facilityKinds = map[string]string{
	"rue": TypeLOC, "avenue": TypeLOC, "boulevard": TypeLOC, "place": TypeLOC, "quai": TypeLOC,
	"allée": TypeLOC, "impasse": TypeLOC, "square": TypeLOC, "parc": TypeLOC, "jardin": TypeLOC,
	"pont": TypeLOC, "gare": TypeLOC, "aéroport": TypeLOC, "stade": TypeLOC, "station": TypeLOC,
	"port": TypeLOC, "esplanade": TypeLOC, "promenade": TypeLOC, "cours": TypeLOC,
	"lycée": TypeORG, "collège": TypeORG, "école": TypeORG, "université": TypeORG,
	"institut": TypeORG, "musée": TypeORG, "médiathèque": TypeORG, "bibliothèque": TypeORG,
	"hôpital": TypeORG, "clinique": TypeORG, "théâtre": TypeORG, "centre": TypeORG,
	"gymnase": TypeORG, "piscine": TypeORG, "salle": TypeORG, "fondation": TypeORG,
}

// facilityType returns the kind of place or institution a person-tagged
// mention names when a facility word opens it and a name follows ("Lycée
// Jean-Moulin"), else the mention's own type.
func facilityType(m mention) string {
	if m.typ != TypePER || len(m.toks) < 2 || !hasUpperOrDigit(m.toks[1].Text) {
		return m.typ
	}
	if k, ok := facilityKinds[strings.ToLower(m.toks[0].Text)]; ok {
		return k
	}
	return m.typ
}
