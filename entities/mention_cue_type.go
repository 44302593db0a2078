package entities

// The noun before a name can say its type outright: "la ville de
// Kerlouan", "the town of Dunmore", "la plage du Vourch" name places,
// whatever the tagger read; "éditions Paul Varenne" names a publisher,
// not the person it was named after.

// placeNouns are the nouns of a place named after "de" or "of": a town,
// a village, a beach.
var placeNouns = setOf(`ville commune village localité hameau plage city town hamlet`)

// placeOf are the words between a place noun and the name.
var placeOf = setOf(`de du d' d’ of`)

// publisherNouns are the nouns right before a publisher's name.
var publisherNouns = setOf(`éditions editions`)

// cueType returns the type the words before m (before, up to its first
// word) give it: LOC after a place noun and "de" ("la commune de X"), ORG
// for a person after a publisher noun ("éditions X"); else m's type.
func cueType(m mention, before []string) string {
	n := len(before)
	switch {
	case n >= 2 && placeOf[before[n-1]] && inLower(placeNouns, before[n-2]):
		return TypeLOC
	case n >= 1 && m.typ == TypePER && inLower(publisherNouns, before[n-1]):
		return TypeORG
	}
	return m.typ
}
