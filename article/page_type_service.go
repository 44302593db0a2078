package article

import (
	"net/url"
	"strings"
)

// A business files the pages that present what it sells under a path
// named so: /services/seo, /solutions/retail, /leistungen/planung. The
// word alone is no proof (a press office may sit under /services/press),
// so it makes a service page only when the page is neither dated nor
// signed and nothing declares it an article. The singular "service" is
// left out: many newsrooms name a section so.

// serviceWords are the URL path segments, lower case, under which sites
// file their offers, in several languages.
var serviceWords = map[string]bool{
	"services": true, "solutions": true, // English, French
	"leistungen": true, "lösungen": true, "loesungen": true, // German
	"prestations": true,                     // French
	"servicios":   true, "soluciones": true, // Spanish
	"serviços": true, "soluções": true, // Portuguese
	"diensten": true, "oplossingen": true, // Dutch
	"uslugi": true, // Polish, Russian
}

// servicePath reports whether the path of u has a segment under which
// sites file their offers.
func servicePath(u string) bool {
	p, err := url.Parse(u)
	return err == nil && pathHasWord(p.Path, serviceWords)
}

// pathHasWord reports whether one of the segments of path, lower-cased,
// is in words.
func pathHasWord(path string, words map[string]bool) bool {
	for seg := range strings.SplitSeq(strings.ToLower(path), "/") {
		if words[seg] {
			return true
		}
	}
	return false
}
