package article

import (
	"strings"
	"unicode"
)

// Rating plugins print their score under a post as a line of its own:
// "(95 votes, average: 4.73 out of 5)", "Durchschnitt: 4.6 (7
// Bewertungen)", "(No ratings yet)". The line rates the page, it is not
// its text. It is told by a number of votes together with an average or
// a best score at its end ("of 5"), or by the plugin's empty state, on short lines
// only: a story that counts votes ("elected with 544 votes") has neither.

// maxRatingLine is the longest line, in bytes, that may be a rating.
const maxRatingLine = 100

// voteWords count the votes of a rating, after their number.
var voteWords = setOf(
	"vote", "votes", "rating", "ratings", "stimme", "stimmen",
	"bewertung", "bewertungen", "voix", "voto", "votos", "voti", "valoraciones",
	"valutazioni", "stemmen", "beoordelingen", "avaliações", "głosów", "głosy",
)

// ratingAverages name the average of a rating.
var ratingAverages = []string{
	"average", "durchschnitt", "moyenne", "promedio", "media", "gemiddeld", "média", "średnia",
}

// ratingEnds end a rating that gives its best score last ("4.73 out of 5").
var ratingEnds = []string{" of 5", " von 5", " sur 5", " de 5", " su 5", " van 5", " z 5", "/5"}

// noRatings are the empty states of rating plugins.
var noRatings = []string{
	"no ratings yet", "no votes yet", "noch keine bewertungen", "pas encore de note",
	"aún no hay valoraciones", "nessuna valutazione", "nog geen beoordelingen",
}

// ratingLine reports whether the line s, folded to k (lineKey), is a
// rating plugin's score or empty state.
func ratingLine(s, k string) bool {
	if len(s) > maxRatingLine {
		return false
	}
	if containsAnyString(k, noRatings) {
		return true
	}
	return votesCounted(k) && (containsAnyString(k, ratingAverages) || hasAnySuffix(k, ratingEnds))
}

// votesCounted reports whether a word of voteWords follows a number in k.
func votesCounted(k string) bool {
	prev := ""
	for w := range strings.FieldsFuncSeq(k, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if voteWords[w] && isDigits(prev) {
			return true
		}
		prev = w
	}
	return false
}
