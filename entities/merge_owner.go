package entities

// ownedBy reports whether the words rest, which follow a short
// organisation name inside a longer one, make the longer one a thing the
// short one owns or offers rather than the organisation itself: a
// possessive followed by more words ("Acme’s Pricing Team" is not Acme,
// while "Acme’s" is) or a last word that
// names a survey, a course, a programme or a plan ("Acme Data Bootcamp").
// Such a long name keeps its own entity and the short one its own.
func ownedBy(rest []string) bool {
	for i, w := range rest {
		if isPossessive(w) && i < len(rest)-1 {
			return true
		}
	}
	return len(rest) > 0 && inLower(offeringWords, rest[len(rest)-1])
}

// isPossessive reports whether w is the token of an English possessive
// ("’s", "'s") or a lone apostrophe after a plural ("Players’").
func isPossessive(w string) bool {
	switch w {
	case "'s", "’s", "'S", "’S", "'", "’":
		return true
	}
	return false
}

// offeringWords are the last words of names of things an organisation
// runs, publishes or sells, in English and French.
var offeringWords = map[string]bool{
	"survey": true, "surveys": true, "certificate": true, "certificates": true,
	"certification": true, "certifications": true, "bootcamp": true, "bootcamps": true,
	"program": true, "programs": true, "programme": true, "programmes": true,
	"course": true, "courses": true, "edition": true, "strategy": true,
	"guidelines": true, "algorithm": true, "webinar": true, "workshop": true,
	"checklist": true, "template": true, "toolkit": true,
	"enquête": true, "certificat": true, "formation": true, "stratégie": true, "édition": true,
}
