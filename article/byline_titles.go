package article

import "strings"

// This file reads a byline whose name follows a professional title
// printed apart, often as a link to the site's directory of that
// profession: "Autor: <a>Rechtsanwalt</a> Jane Doe". The title is a job
// word (never part of a name) and the name is the text after it.

// professionTitles are the titles of a regulated profession that stand
// before a name in a byline, folded to lower case.
var professionTitles = []string{
	"rechtsanwalt", "rechtsanwältin", "fachanwalt", "fachanwältin", "anwalt", "anwältin", "notar",
	"notarin", "steuerberater", "steuerberaterin", "wirtschaftsprüfer", "wirtschaftsprüferin",
	"abogado", "abogada", "avocat", "avocate", "avvocato", "avvocata", "advocaat", "advogado",
	"advogada", "attorney", "lawyer", "solicitor", "barrister", "notaire", "notario", "notaio",
}

// onlyJobWords reports whether s is nothing but job words ("Rechtsanwalt",
// "Senior Editor"): a title still waiting for its name.
func onlyJobWords(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		if !isJobWord(w) {
			return false
		}
	}
	return len(words) > 0
}

// isJobWord reports whether w, trimmed of punctuation, is a job word.
func isJobWord(w string) bool { return jobWords[strings.ToLower(strings.Trim(w, ",.;:()"))] }
