package article

import "strings"

// framedSlug reports whether the slug key s frames the opening of the
// heading text key t: a table of contents' anchor often adds a prefix and
// a counter to a slug cut short ("nav_first_words__1", "toc-2-first-words").
// With s's trailing digits dropped, one of its ends from some letter on
// must open t and hold minSlugLetters or more.
func framedSlug(s, t string) bool {
	s = strings.TrimRight(s, "0123456789")
	for k := 1; len(s)-k >= minSlugLetters; k++ {
		if strings.HasPrefix(t, s[k:]) {
			return true
		}
	}
	return false
}
