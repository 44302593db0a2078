package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPhrasePrefixes checks that matching a phrase goes on exactly as long
// as some phrase does, and still finds the longest one.
func TestPhrasePrefixes(t *testing.T) {
	g := newGazetteer()
	g.Add(gCity, "Aa bb cc dd")            // letters and spaces
	g.Add(gPropn, "aa bb")                 // a shorter phrase inside it
	g.Add(gOrgWord, "Saint-Jean du Lac ,") // tokenized
	h := func(words ...string) hasher { return hasher(phraseHash(words)) }
	assert.True(t, g.goesOn(h("aa", "bb")))
	assert.True(t, g.goesOn(h("aa", "bb", "cc")))
	assert.False(t, g.goesOn(h("aa", "bb", "cc", "dd")))
	assert.True(t, g.goesOn(h("saint-jean", "du")))
	assert.False(t, g.goesOn(h("saint-jean", "du", "lac", ",")))
	f := newFeaturizer(g)
	cases := []struct {
		words           []string
		begins, insides []uint32
	}{
		{[]string{"x", "aa", "BB", "cc", "dd", "y"}, []uint32{0, gCity, 0, 0, 0, 0}, []uint32{0, 0, gCity, gCity, gCity, 0}},
		{[]string{"aa", "bb", "cc", "ee"}, []uint32{gPropn, 0, 0, 0}, []uint32{0, gPropn, 0, 0}},
		{[]string{"Saint-Jean", "du", "Lac", ","}, []uint32{gOrgWord, 0, 0, 0}, []uint32{0, gOrgWord, gOrgWord, gOrgWord}},
	}
	for _, c := range cases {
		f.prepare(c.words)
		for i := range c.words {
			assert.Equal(t, c.begins[i], f.infos[i].phraseB, "%v %d", c.words, i)
			assert.Equal(t, c.insides[i], f.infos[i].phraseI, "%v %d", c.words, i)
		}
	}
}
