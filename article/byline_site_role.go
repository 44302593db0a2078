package article

import "strings"

// This file keeps whole a byline in which the site credits itself with a
// role: "Acme Contributor", "The Currency editors", "Acme Blog Team". The
// role is what tells the reader that no one person signed the piece, so
// it is part of the credit, where after a person's name it is dropped
// ("Jane Doe, Staff Writer" names Jane Doe).

// siteRoleWords are the last words of a site's credit, folded to lower
// case, beside the job words and the configured roles.
var siteRoleWords = foldedSet("team", "staff", "desk", "contributors", "editors", "writers")

// siteRole reports whether s is the site's name, or a publication's
// ("The ..."), followed by a role word.
func (r bylineReader) siteRole(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	head, last := strings.TrimSpace(s[:i]), s[i+1:]
	if !inFoldedSet(siteRoleWords, last) && !inFoldedSet(jobWords, last) && !r.isRole(last) {
		return false
	}
	if rest, ok := strings.CutPrefix(head, "The "); ok && rest != "" {
		return true // "The Valley Times editors": no person's name starts with "The"
	}
	return r.site != nil && r.site(head)
}

// isRole reports whether w is one of the configured byline roles.
func (r bylineReader) isRole(w string) bool {
	for _, l := range r.langs {
		for _, role := range l.BylineRoles {
			if strings.EqualFold(w, role) {
				return true
			}
		}
	}
	return false
}

// maxFoldedWord is the longest word inFoldedSet looks up.
const maxFoldedWord = 32

// inFoldedSet reports whether the ASCII word w, folded to lower case, is
// in set, without allocating: most words of a byline are looked up.
func inFoldedSet(set map[string]bool, w string) bool {
	if len(w) > maxFoldedWord {
		return false
	}
	var buf [maxFoldedWord]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return set[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}
