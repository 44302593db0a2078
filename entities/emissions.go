package entities

import "math/bits"

// The tagger's scores are the sums of the weights of the features
// features.go defines (the trainer's features), computed another way: the
// features of a word alone and those it gives its neighbours come summed
// from the word cache, the features of few values from fixedRows, and
// only the features of two words are hashed per token.
// TestEmissionsMatchFeatures checks that both ways agree; a change of a
// feature template in features.go needs the same change here.

// sentTok is one token of the sentence being tagged.
type sentTok struct {
	e                *wordEntry
	phraseB, phraseI uint32
	quoted           bool
}

// pad is the number of boundary tokens on each side of st.toks.
const pad = 2

// lowBit returns the index of the lowest set bit of a non-zero mask.
func lowBit(set uint32) int { return bits.TrailingZeros32(set) }

// prepare fills st.toks with the entries of words between boundaries,
// and marks the gazetteer phrases and the quoted tokens.
func (t *Tagger) prepare(st *tagState, words []string) {
	st.cache.reserve(len(words))
	bound := sentTok{e: t.boundary}
	st.toks = append(st.toks[:0], bound, bound)
	for _, w := range words {
		st.toks = append(st.toks, sentTok{e: st.cache.entry(t, w)})
	}
	st.toks = append(st.toks, bound, bound)
	toks := st.toks[pad : pad+len(words)]
	t.matchPhrases(toks)
	markQuoted(toks)
}

// matchPhrases marks the longest gazetteer phrases (as
// featurizer.matchPhrases).
func (t *Tagger) matchPhrases(toks []sentTok) {
	g := t.gaz
	for i := range toks {
		if !toks[i].e.startsPhrases {
			continue
		}
		best, class := g.longestPhrase(toks[i].e.hash, len(toks)-i, func(k int) string { return toks[i+k].e.norm })
		if best == 0 {
			continue
		}
		toks[i].phraseB |= class
		for j := i + 1; j < i+best; j++ {
			toks[j].phraseI |= class
		}
	}
}

// markQuoted marks the tokens between quotation marks (as
// featurizer.markQuotes).
func markQuoted(toks []sentTok) {
	open := false
	for i := range toks {
		switch toks[i].e.quote {
		case quoteOpen:
			open = true
		case quoteClose:
			open = false
		case quoteToggle:
			open = !open
		default:
			toks[i].quoted = open
		}
	}
}

// emissions writes the scores of each token of the prepared sentence to
// st.em.
func (t *Tagger) emissions(st *tagState) {
	n, scale := len(st.toks)-2*pad, t.model.scale
	for i := range n {
		acc := t.tokenSums(st.toks[i:i+2*pad+1], i)
		st.em[i] = acc.scaled(scale)
	}
}

// tokenSums sums the weights of the features of the token in the middle
// of win (tokens i-2 to i+2), token i of its sentence.
func (t *Tagger) tokenSums(win []sentTok, i int) sums {
	win = win[:5]
	p2, p, c, n, n2 := win[0].e, win[1].e, &win[2], win[3].e, win[4].e
	tk, m, fx, short := c.e, t.model, t.fixed, c.e.short
	var acc sums
	ctx := 0
	switch {
	case i == 0:
		ctx = 2
	case p.opening:
		ctx = 1
	}
	acc.add16(&tk.local[ctx])
	acc.add8(&p.asPrev)
	acc.add8(&n.asNext)
	acc.add8(&p2.asPrev2)
	acc.add8(&n2.asNext2)
	acc.add8(&fx.shapes3[p.short][short][n.short])
	acc.add8(&fx.cueCap[p.cue][short][tk.common])
	acc.addKey(m, p.shapePrev.str(tk.shape).key())
	acc.addKey(m, tk.shapeNext.str(n.shape).key())
	acc.addKey(m, p.bigramPrev.str(tk.norm).key())
	acc.addKey(m, tk.bigramNext.str(n.norm).key())
	acc.addKey(m, p2.prevPrev.str(p.norm).num(uint64(short)).key())
	acc.addKey(m, n.suffixNext.num(uint64(short)).key())
	if c.quoted {
		acc.add8(&fx.quoted[short][b2u(win[1].quoted)][b2u(win[3].quoted)])
	}
	t.contextClasses(&acc, win, short)
	return acc
}

// contextClasses adds the gazetteer features of the middle token of win
// that depend on its neighbours' classes and on the phrases.
func (t *Tagger) contextClasses(acc *sums, win []sentTok, short byte) {
	fx := t.fixed
	for set := win[1].e.gaz; set != 0; set &= set - 1 {
		acc.add8(&fx.gazPrev[lowBit(set)][short])
	}
	for set := win[3].e.gaz; set != 0; set &= set - 1 {
		acc.add8(&fx.gazNext[lowBit(set)][short])
	}
	if short == shapeTitle {
		for set := win[0].e.gaz; set != 0; set &= set - 1 {
			acc.add8(&fx.gazP2[lowBit(set)])
		}
	}
	for set := win[2].phraseB; set != 0; set &= set - 1 {
		acc.add8(&fx.phraseB[lowBit(set)][short])
	}
	for set := win[2].phraseI; set != 0; set &= set - 1 {
		acc.add8(&fx.phraseI[lowBit(set)])
	}
}
