package article

import (
	"strings"
	"unicode"
)

// This file tells the site's own name from a headline: a banner <h1>
// that only names the site ("Acme Forums", "acme.org"), a domain written
// before a title, and a name given as the initials of the host
// ("Office of Safety and Health" on osh.gov).

// flatKey returns the title key of s without spaces.
func flatKey(s string) string {
	return strings.ReplaceAll(titleKey(s), " ", "")
}

// domainFlat returns the flat key of s without its top-level domain when
// s is written as a domain name ("acme.org", "www.acme.co.uk"), else "".
func domainFlat(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.ContainsAny(s, " /") || !strings.Contains(s, ".") {
		return ""
	}
	labels := strings.Split(strings.TrimPrefix(s, "www."), ".")
	if len(labels) < 2 || len(labels[len(labels)-1]) < 2 {
		return ""
	}
	main := labels[len(labels)-2]
	if len(main) <= 3 && len(labels) >= 3 {
		main = labels[len(labels)-3]
	}
	return flatKey(main)
}

// namesSite reports whether s is, whole, one of the site's names or the
// label of its host, written with or without spaces or as a domain name:
// an <h1> that is the site's banner, not a headline.
func (ts *titleSources) namesSite(s string) bool {
	flat := flatKey(s)
	if flat == "" {
		return false
	}
	dom := domainFlat(s)
	for _, site := range ts.sites {
		sf := strings.ReplaceAll(site, " ", "")
		if flat == sf || dom == sf {
			return true
		}
	}
	return false
}

// isInitialism reports whether the capitalised words of s spell one of
// the site's keys: "Occupational Safety and Health Administration" for
// the host label "osha".
func (ts *titleSources) isInitialism(s string) bool {
	words := strings.Fields(s)
	if len(words) < 3 {
		return false
	}
	var b strings.Builder
	for _, w := range words {
		r := []rune(w)[0]
		if unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
		} else if !unicode.IsLower(r) {
			return false
		}
	}
	initials := b.String()
	if len(initials) < 3 {
		return false
	}
	for _, site := range ts.sites {
		if initials == strings.ReplaceAll(site, " ", "") {
			return true
		}
	}
	return false
}

// cutDomainPrefix drops a domain name of the site written before a title
// with no separator: "acme.com A post".
func (ts *titleSources) cutDomainPrefix(t string) string {
	first, rest, ok := strings.Cut(t, " ")
	if !ok || domainFlat(first) == "" || len(strings.Fields(rest)) < 1 || !ts.namesSite(first) {
		return t
	}
	return strings.TrimSpace(rest)
}

// contentH1s returns the <h1>s that are not a banner naming the site or
// linking to the home page (see homeBanner); an <h1> that the article's
// metadata gives as its headline stays.
func (ts *titleSources) contentH1s(h1s []posNode) []posNode {
	heads := titleKeys(append(append(append([]string(nil), ts.ld...), ts.og...), ts.twitter...))
	out := make([]posNode, 0, len(h1s))
	for _, h := range h1s {
		t := headText(h.n)
		if ts.strayLabel(t) {
			continue
		}
		if heads[titleKey(t)] && !ts.isSiteName(t) || !ts.namesSite(t) && !homeBanner(h.n) {
			out = append(out, h)
		}
	}
	return out
}
