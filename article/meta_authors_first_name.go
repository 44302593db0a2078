package article

import "strings"

// This file lets a byline printed in full complete the structured author
// that gives a first name only: blogs fill their JSON-LD and <meta> tags
// with the display name of the account ("Nils"), while the page prints
// "Von Nils Pickert" under the headline.

// fillFirstNames replaces each structured author named by one word with
// the printed name of two words or more that starts with that word, when
// exactly one printed name does; the structured URL is kept.
func fillFirstNames(structured, printed []Author) []Author {
	var out []Author
	for i, a := range structured {
		full, ok := fullName(a.Name, printed)
		if !ok {
			continue
		}
		if out == nil {
			out = append([]Author(nil), structured...)
		}
		out[i].Name = full
	}
	if out == nil {
		return structured
	}
	return out
}

// fullName returns the one printed name of two words or more whose first
// word is the single word name.
func fullName(name string, printed []Author) (string, bool) {
	k := nameKey(name)
	if k == "" || strings.Contains(k, " ") {
		return "", false
	}
	found := ""
	for _, p := range printed {
		pk := nameKey(p.Name)
		rest, ok := strings.CutPrefix(pk, k+" ")
		if !ok || !surnameWords(rest) {
			continue
		}
		if found != "" {
			return "", false
		}
		found = p.Name
	}
	return found, found != ""
}

// surnameWords reports whether the words after a first name, in lower
// case, can be a surname: none of them is a rank, a role or a job
// ("Linc Admin", "Jane Editor").
func surnameWords(rest string) bool {
	for _, w := range strings.Fields(rest) {
		if moreNotAuthors[w] || jobWords[w] || credentialWords[w] || rankWords[w] {
			return false
		}
	}
	return true
}

// rankWords are the ranks forums print beside a member's name.
var rankWords = foldedSet("administrator", "moderator", "mod", "member", "guest", "owner", "op", "vip")
