package article

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// This file reads the author of a personal site: a blog named after its
// writer ("Jane Doe", in the <title> after the headline, as the site's
// name or as the holder of its copyright line, meta_authors_copyright.go)
// at an address that spells the name ("janedoe.net",
// "jane.example.dev"). When no source names anyone, the person the site
// is named after wrote the page. The name must read as a person's (two or
// three capitalised words, none of them written in lower case in the
// page's text, as the words of a company's name are), and the address
// must hold one of its words.

// Bounds of a personal site's name.
const (
	minSiteNameWords = 2
	maxSiteNameWords = 3
	minHostNameWord  = 4 // shortest word of the name the address must hold
)

// titleSiteSeparators set the site's name apart from the headline in a
// page's <title>.
var titleSiteSeparators = []string{" | ", " – ", " — ", " - ", " · ", " :: ", " » "}

// personSite returns the person a personal site is named after, when no
// other source names an author.
func (ap authorPicker) personSite(doc *html.Node, pm *pageMeta, site, pageURL string) []Author {
	host := hostWords(pageURL)
	if len(host) == 0 || doc == nil {
		return nil
	}
	cands := []func() string{ // the copyright line is read only when the names fail
		func() string { return site },
		func() string { return titleSite(pm.title) },
		func() string { return copyrightHolder(doc) },
	}
	for _, cand := range cands {
		name, ok := personSiteName(cand(), host)
		if !ok || ap.strict.notAuthor(name) || isAgency(name) {
			continue
		}
		if as := []Author{{Name: name}}; namesLookProper(as, doc) {
			return as
		}
	}
	return nil
}

// titleSite returns the last part of a <title>, after its last separator.
func titleSite(title string) string {
	title = CleanText(title)
	best := -1
	sep := ""
	for _, s := range titleSiteSeparators {
		if i := strings.LastIndex(title, s); i > best {
			best, sep = i, s
		}
	}
	if best <= 0 {
		return ""
	}
	return strings.TrimSpace(title[best+len(sep):])
}

// personSiteName returns s without an honorific when it reads as a
// person's name, a common first name first, that the host spells: a
// label of the host is one of its words ("jane.example.dev",
// "jane-doe.net"), or holds one ("janedoe.net").
func personSiteName(s string, host []string) (string, bool) {
	words := strings.Fields(CleanText(s))
	if len(words) > 0 && nameHonorifics[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		words = words[1:]
	}
	if len(words) < minSiteNameWords || len(words) > maxSiteNameWords {
		return "", false
	}
	label, within := false, false
	joined := strings.Join(host, "")
	for _, w := range words {
		k := dropAccents(strings.ToLower(w))
		if !titleCased(w) || siteWords[k] {
			return "", false
		}
		label = label || slices.Contains(host, k)
		within = within || len(k) >= minHostNameWord && strings.Contains(joined, k)
	}
	return strings.Join(words, " "), (label || within) && knownFirstName(words[0])
}

// titleCased reports whether w is a capital followed by small letters,
// with hyphens inside: "Jane", "Lange-Fricke" (not "ACME", "Doe's").
func titleCased(w string) bool {
	prev := '-'
	for _, r := range w {
		switch {
		case r == '-' && prev != '-':
		case prev == '-':
			if !unicode.IsUpper(r) {
				return false
			}
		case !unicode.IsLower(r):
			return false
		}
		prev = r
	}
	return len(w) >= 2 && prev != '-'
}

// hostWords returns the parts of the page's host name but its top-level
// domain, cut at dots and hyphens and lower-cased: "jane", "doe" for
// www.jane-doe.net.
func hostWords(pageURL string) []string {
	labels := hostLabels(strings.ToLower(pageURL))
	if len(labels) < 2 {
		return nil
	}
	return strings.FieldsFunc(strings.Join(labels[:len(labels)-1], "."), func(r rune) bool { return r == '.' || r == '-' })
}

// siteWords name a publication or a company, never a person.
var siteWords = foldedSet("blog", "blogs", "magazin", "magazine", "news", "online", "verlag", "media",
	"studio", "studios", "shop", "store", "journal", "zeitung", "press", "presse", "daily", "weekly",
	"group", "gruppe", "team", "lab", "labs", "digital", "network", "club", "verein", "stiftung",
	"foundation", "institute", "institut", "agentur", "agency", "consulting", "design", "tech",
	"music", "radio", "tv", "podcast", "weblog", "notes", "diary", "tagebuch", "world", "welt",
	"photography", "fotografie", "photos", "fotos")

// commonFirstNames are given names of the German, English and French
// speaking world, lower-cased without accents, besides those the quote
// reader knows (firstNameGender).
var commonFirstNames = foldedSet(
	"alexander", "andreas", "anton", "armin", "axel", "bastian", "benedikt", "bernd", "bjorn",
	"christoph", "dennis", "dieter", "dirk", "dominik", "elias", "erik", "fabian", "felix",
	"florian", "franz", "friedrich", "georg", "gerhard", "gunter", "hannes", "harald", "heinrich",
	"helmut", "herbert", "holger", "hubert", "jakob", "jan", "jens", "joachim", "johannes", "jonas",
	"jorg", "josef", "julian", "kai", "karl", "konrad", "lars", "lukas", "manfred", "marco",
	"mario", "markus", "martin", "matthias", "max", "maximilian", "moritz", "niklas", "nils",
	"norbert", "oskar", "philipp", "rainer", "ralf", "reinhard", "reiner", "roland", "rolf",
	"rudiger", "sebastian", "simon", "stefan", "stephan", "sven", "thorsten", "tim", "tobias",
	"torsten", "ulrich", "uwe", "volker", "werner", "wilhelm", "aaron", "alan", "albert", "alex",
	"andy", "ben", "bill", "bob", "brad", "brandon", "bruce", "carl", "chris", "colin", "craig",
	"dan", "dave", "dean", "derek", "doug", "douglas", "drew", "ed", "evan", "fred", "greg",
	"gregory", "ian", "jacob", "jake", "jeff", "jeremy", "jerry", "jim", "joe", "joel", "jon",
	"jordan", "josh", "justin", "keith", "ken", "kyle", "larry", "leo", "liam", "logan", "luke",
	"matt", "mike", "nathan", "neil", "nick", "noah", "owen", "pat", "pete", "phil", "philip",
	"pierce", "ray", "rick", "rob", "roger", "ron", "ross", "russell", "sam", "sean", "seth",
	"shane", "steve", "stuart", "ted", "terry", "tom", "tony", "travis", "troy", "tyler", "victor",
	"wayne", "will", "zach", "andrea", "angelika", "anja", "anke", "annette", "antje", "bettina",
	"birgit", "carina", "carolin", "christina", "claudia", "corinna", "daniela", "doris",
	"elisabeth", "elke", "franziska", "gabriele", "heike", "helga", "ines", "iris", "jana",
	"jasmin", "johanna", "juliane", "jutta", "karin", "katharina", "kathrin", "katja", "kerstin",
	"kirsten", "lena", "manuela", "marina", "martina", "michaela", "miriam", "monika", "nadine",
	"nina", "petra", "ramona", "regina", "renate", "sabine", "sabrina", "silke", "sonja",
	"stefanie", "susanne", "svenja", "tanja", "ulrike", "ute", "vanessa", "verena", "kate",
	"katie", "kelly", "kim", "laura", "lauren", "leah", "lily", "mia", "molly", "nora", "paula",
	"rose", "ruby", "tina", "tracy", "wendy")

// knownFirstName reports whether w, folded, is a common first name or one
// whose gender is known.
func knownFirstName(w string) bool {
	first := dropAccents(strings.ToLower(w))
	return commonFirstNames[first] || firstNameGender(first) != 0
}
