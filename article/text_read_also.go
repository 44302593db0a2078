package article

import "strings"

// readAlsoPrefixes start the plain-text lines that point to another
// article ("Lire aussi : Loyers, l'encadrement a-t-il fonctionné ?",
// "Read more: ..."), in lower case.
var readAlsoPrefixes = []string{
	"lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également",
	"voir aussi :", "read more:", "read also:", "also read:", "see also:",
}

// maxReadAlsoLine is the longest line read as a pointer to another
// article.
const maxReadAlsoLine = 200

// readAlsoLine reports whether a line of plain text only points to
// another article, so that it is left out of the body.
func readAlsoLine(line string) bool {
	if len(line) > maxReadAlsoLine || len(line) < 12 {
		return false
	}
	head := line[:min(len(line), 24)]
	return hasAnyPrefix(strings.ToLower(head), readAlsoPrefixes)
}
