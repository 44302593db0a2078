package article

import "strings"

// Blog platforms print a share and a like widget under each post, whose
// labels come out as lines of their own when the buttons are not read:
// "Share this:", "Like this:", "Like Loading...", in the blog's language
// ("Teilen mit:", "Gefällt mir Wird geladen …", "J'aime chargement…").
// Templates also print a share bar as one line of network names ("SMS
// Facebook Twitter Email"). Neither is text of the post, wherever it
// stands.

// widgetLines are whole lines, folded by lineKey, that label a share or
// like widget: promoLines holds them.
var widgetLines = lineKeys(
	"like this", "like loading", "share this post", "share this entry",
	"j'aime", "j'aime chargement",
	"teilen mit", "gefällt mir", "gefällt mir wird geladen", "diesen beitrag teilen",
	"me gusta esto", "me gusta cargando", "compártelo", "comparte esto",
	"mi piace", "mi piace caricamento",
	"vind ik leuk", "vind-ik-leuk laden", "curtir isso", "curtir carregando", "compartilhe isso",
)

// minShareWords is the fewest network names of a one-line share bar.
const minShareWords = 3

// maxShareBar is the longest line, in bytes, that may be a share bar.
const maxShareBar = 80

// shareBarLine reports whether the line folded to k (lineKey) is a share
// bar of minShareWords names or more, each one word.
func shareBarLine(k string) bool {
	if len(k) > maxShareBar {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(k) {
		if !shareLabels[w] {
			return false
		}
		n++
	}
	return n >= minShareWords
}
