package article

import "strings"

// News agencies' stories, and the desk's rewrites of them, end on a
// sign-off: the agency and the initials of the editor ("aja/PAP",
// "mbe/dpa", "(AFP)", "jm/dpa/AFP"). It is a credit, not text of the
// story; trimTail drops it at the end of the body.

// maxSignoff is the longest sign-off, in bytes.
const maxSignoff = 40

// maxInitials is the longest editor's initials, in bytes, of a sign-off.
const maxInitials = 4

// agencySignoff reports whether s is a sign-off: parts split at slashes
// and commas, each an agency or a short run of lower-case letters (an
// editor's initials), one an agency at least.
func agencySignoff(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > maxSignoff || s == "" {
		return false
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	agency := false
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '/' || r == ',' }) {
		part = strings.TrimSpace(part)
		switch {
		case isAgency(part):
			agency = true
		case !editorInitials(part):
			return false
		}
	}
	return agency
}

// editorInitials reports whether s is a short run of lower-case ASCII
// letters.
func editorInitials(s string) bool { return byteRun(s, maxInitials, 'a', 'z') }
