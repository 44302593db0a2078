package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCutPrefixPlain checks cutPrefix, which passes over the prefixes
// whose first ASCII letter is not s's, against the plain reading that
// tries every prefix of the languages.
func TestCutPrefixPlain(t *testing.T) {
	r := bylineReader{langs: testLanguages(), strict: true}
	plain := func(s string) (string, bool) {
		best, ok := s, false
		for _, l := range r.langs {
			for _, p := range l.BylinePrefixes {
				best, ok = shorterCut(s, p, best, ok)
			}
		}
		if s != "" {
			for _, p := range moreBylineHeads[s[0]] {
				best, ok = shorterCut(s, p, best, ok)
			}
		}
		return best, ok
	}
	for _, s := range []string{"", "B", "By", "By Jane Doe", "BY: Jane Doe", "by:Jane", "Par Jean Dupont",
		"PAR  Jean", "Publié par Jean", "Written by Jane", "\u212aim Doe", "Écrit par Jean", "Von Hans Muster",
		"Bylines", "Jane Doe", ":", " By Jane", "Texte : Jean Dupont", "Auteur : Jean"} {
		want, wantOK := plain(s)
		got, ok := r.cutPrefix(s)
		assert.Equal(t, wantOK, ok, s)
		assert.Equal(t, want, got, s)
	}
	rest, ok := r.cutPrefix("BY: Jane Doe")
	assert.True(t, ok)
	assert.Equal(t, "Jane Doe", rest)
}
