package article

import "strings"

// This file cuts the place or the publication that a byline written in
// title case or in capitals gives after a name: "By Jane Doe In
// Washington", "By JANE DOE FOR THE DAILY POST", "John Roe For
// Dailymail.com". Written in lower case, "in" and "for" already end the
// run of capitalised words a name is read from (nameRun); in title case
// they look like one more word of the name.

// creditTailWords start the place or the publication after a name, in
// title case and in capitals (in lower case they are left to nameRun).
var creditTailWords = map[string]bool{"In": true, "IN": true, "For": true, "FOR": true}

// cutCreditTail returns s up to the first word of creditTailWords that
// follows a name of two words or more and comes before more words.
func cutCreditTail(s string) string {
	words := strings.Fields(s)
	for i := 2; i < len(words)-1; i++ {
		if creditTailWords[words[i]] {
			return strings.Join(words[:i], " ")
		}
	}
	return s
}
