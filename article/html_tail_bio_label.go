package article

import "strings"

// An author note may be set in parentheses, as opinion pages and law
// firms print it ("(Jane Doe is a partner at…)"), or open with its label
// on the same line ("About the author: Jane Doe is a photographer…").
// noteBody strips both, so that authorNote reads the name first.

// noteLabels are the labels that may open an author note, folded as
// lineKey folds a line, in English and in the other languages of the
// byline rules.
var noteLabels = []string{
	"about the author", "about the writer", "about the authors",
	"à propos de l'auteur", "à propos de l'autrice", "l'auteur",
	"über den autor", "über die autorin", "zum autor", "zur autorin",
	"sobre el autor", "sobre la autora", "sobre o autor", "sobre a autora",
	"sull'autore", "l'autore", "over de auteur", "om forfatteren", "om författaren",
}

// noteLabelEnds are the marks that may end a note label.
const noteLabelEnds = ":-–—"

// noteBody returns the folded paragraph k without an opening parenthesis
// and without a note label followed by a colon or a dash.
func noteBody(k string) string {
	k = strings.TrimPrefix(k, "(")
	for _, l := range noteLabels {
		rest, ok := strings.CutPrefix(k, l)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		if body := strings.TrimLeft(rest, noteLabelEnds); body != rest {
			return strings.TrimLeft(body, " ")
		}
	}
	return k
}
