package entities

import "strings"

// pickHome chooses the group short is folded into among the candidates
// cands (longer groups it is a short form of), or returns nil.
//
// A one-word name that speaks ("Harlan said") goes to the person it is the
// surname of rather than to an organisation that starts with it; the
// organisations that must keep apart from short (see apart) are left
// out, and then a person who was only a second choice is too.
func pickHome(short *group, sw []string, cands []*group, ws map[*group][]string, facts nameFacts) *group {
	keep := apart(sw, cands, ws, facts)
	speaks, skipped := -1, false
	speaking := func() bool { // speaksAsPerson, read once
		if speaks < 0 {
			speaks = boolInt(speaksAsPerson(short, sw))
		}
		return speaks == 1
	}
	var into *group
	for _, long := range cands {
		if keep[long] {
			skipped = true
			continue
		}
		if into != nil && (long.kind == TypePER) != (into.kind == TypePER) && speaking() {
			into = personOf(long, into)
			continue
		}
		if into == nil || better(long, into, short) {
			into = long
		}
	}
	if skipped && into != nil && into.kind == TypePER && short.kind != TypePER && !speaking() {
		return nil // the organisations' name is no one's surname
	}
	return into
}

// apart returns the organisations among cands that start with the words
// sw and yet are not what sw names. A known place that starts an
// organisation's name ("Boston" in "Boston Pizza") stays a place, unless
// a company word ends it ("Acme Publishing Corp") or is the one word
// after it ("Syracuse University"). A name that starts two organisations
// or more ("Google" before "Google Cloud" and "Google Maps") is the parent
// of a product line, not a short form of one of them, and so is a brand
// the dictionaries know on its own ("Google" before "Google Cloud
// Computing"); only a name that ends with a company word ("Acme Video
// Group", "Acme Inc.") may then take it.
func apart(sw []string, cands []*group, ws map[*group][]string, facts nameFacts) map[*group]bool {
	lines := 0
	for _, long := range cands {
		lines += boolInt(lineOnly(long, sw, ws[long]))
	}
	if lines == 0 {
		return nil
	}
	isPlace, isBrand := false, false
	if facts != nil {
		isPlace, isBrand = facts(sw)
	}
	out := map[*group]bool{}
	for _, long := range cands {
		rest := ws[long][len(sw):]
		if !lineOnly(long, sw, ws[long]) || companyRest(rest) {
			continue
		}
		if isPlace && !(len(rest) == 1 && bodyWord(rest[0])) || lines >= 2 || isBrand && !isPlace {
			out[long] = true
		}
	}
	return out
}

// lineOnly reports whether long (words lw) takes short (words sw) only as
// the first words of an organisation's name.
func lineOnly(long *group, sw, lw []string) bool {
	return long.kind == TypeORG && equalFold(sw, lw[:len(sw)]) && !(len(sw) == 1 && isAcronym(sw[0]) && sw[0] == initials(lw))
}

// companyRest reports whether the words that follow a short name in a
// longer one end with a word that says it is a company: "Inc.", "Group",
// "Mobile Technologies". An acronym does not ("Google PPC", "Canon RP"),
// nor a word that also names a product or a service ("Apple TV", "Acme
// News", "Acme Academy").
func companyRest(rest []string) bool {
	return len(rest) > 0 && len(rest) <= 3 && inCues(gOrgSuffix, rest[len(rest)-1])
}

// bodyWord reports whether w is a company or a body word: "Inc.",
// "University", "Airlines".
func bodyWord(w string) bool { return inCues(gOrgSuffix, w) || inCues(gOrgWord, w) }

// inCues reports whether w is one of the cue words of class c, case
// ignored.
func inCues(c uint32, w string) bool {
	for _, s := range cueWords[c] {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

// personOf returns whichever of a and b names a person.
func personOf(a, b *group) *group {
	if a.kind == TypePER {
		return a
	}
	return b
}

// boolInt returns 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nameFacts tells what the dictionaries know of a name: whether it is a
// place, and whether it is a brand known on its own.
type nameFacts func(words []string) (place, brand bool)

// nameFacts reports whether words name a country, a city or a place the
// gazetteer knows, and whether they form one word that both the French
// and the English lists of proper names hold, with no first name or
// surname reading ("Google", "Microsoft"): a brand known on its own.
func (t *Tagger) nameFacts(words []string) (place, brand bool) {
	c := t.gaz.classes(words)
	place = c&(gCountry|gCity|gWnPlace) != 0 || inLowerWords(continents, words)
	brand = len(words) == 1 && c&(gPropn|gEnName) == gPropn|gEnName && c&(gFirst|gSurname|gNamePart) == 0
	return place, brand
}
