package article

// This file keeps an <h1> that writes out, with more words, the title an
// <h2> confirms: "Juicy Lemon Cake from the Tray: Simply Delicious" over a
// recipe card headed "Lemon Cake from the Tray" is the headline, and the
// card's name, which its JSON-LD gives, a shorter form of it.

// h1Holds reports whether one of the content <h1>s holds the words of
// the title t in a row, and more.
func h1Holds(h1s []posNode, t string) bool {
	k := titleKey(t)
	if k == "" {
		return false
	}
	for i := range h1s {
		hk := titleKey(headText(h1s[i].n))
		if hk != k && !inChrome(h1s[i].n) && holdsWords(hk, k) {
			return true
		}
	}
	return false
}
