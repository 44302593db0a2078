package article

import "strings"

// This file finds the poster of a forum thread that marks its posters
// with no class or microdata: the first post's profile card, an account
// name followed by the labels of its profile ("Registered: 2024-01-27",
// "Posts: 98"), which every forum software prints in some form.

// profileLabels start the lines of a poster's profile card, folded to
// lower case, without their colon.
var profileLabels = []string{"registered", "joined", "join date", "member since", "posts", "messages"}

// maxProfileGap is how many texts before a profile label the account
// name may be printed (a rank such as "Member" may come between).
const maxProfileGap = 3

// posterByline returns the account name printed just before the first
// profile label of the header texts.
func (ap authorPicker) posterByline(texts []headerText) []Author {
	for i, t := range texts {
		if !isProfileLabel(t.text) {
			continue
		}
		for j := max(0, i-maxProfileGap); j < i; j++ {
			if as := ap.posterName(texts[j]); len(as) > 0 {
				return as
			}
		}
		return nil
	}
	return nil
}

// posterName returns the account name t holds, when it is the whole text
// of its element.
func (ap authorPicker) posterName(t headerText) []Author {
	if t.node == nil || strings.Trim(boundedText(t.node, maxUserName), " |") != CleanText(t.text) || ap.strict.notAuthor(t.text) {
		return nil
	}
	return userName(t.text)
}

// isProfileLabel reports whether s is a line of a profile card: a
// profile label, a colon, and a value.
func isProfileLabel(s string) bool {
	label, value, ok := strings.Cut(s, ":")
	if !ok || strings.TrimSpace(value) == "" {
		return false
	}
	return inFold(profileLabels, strings.TrimSpace(label))
}
