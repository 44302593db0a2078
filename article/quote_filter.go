package article

import (
	"strings"
	"unicode/utf8"
)

// qshape is what the words between the marks look like.
type qshape struct {
	words     int
	titleCase bool // every word that counts is capitalised: a name or title
	firstCap  bool
	sentence  bool // ends like a sentence: . ! ? …
	speaker   bool // holds I, we, je, nous...: someone talking
	capInside bool // a capitalised word after the first
}

// shapeOf measures the words of span sp.
func (d *qdoc) shapeOf(sp *qspan) qshape {
	var s qshape
	c0, c1 := d.content(sp)
	s.titleCase = true
	for i := c0; i < c1; i++ {
		if !d.word(i) {
			continue
		}
		w := d.low(i)
		s.words++
		s.speaker = s.speaker || d.has(i, clsFirstPerson)
		cap := d.toks[i].cap || startsWithDigit(w)
		if s.words == 1 {
			s.firstCap = cap
		} else if d.toks[i].cap {
			s.capInside = true
		}
		if !cap && !(s.words > 1 && d.has(i, clsMinor)) {
			s.titleCase = false
		}
	}
	s.titleCase = s.titleCase && s.words > 0
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(d.text[sp.start:d.contentEnd(sp)], " \u00a0\u202f"))
	s.sentence = strings.ContainsRune(".!?…", last)
	return s
}

// contentEnd returns the byte where the words between the marks end,
// before any trailing comma is dropped.
func (d *qdoc) contentEnd(sp *qspan) int {
	if sp.close >= 0 {
		return d.toks[sp.close].start
	}
	return d.units[sp.unit].end
}

// qcontext is what the sentence around a span says of it.
type qcontext struct {
	immediate bool // an attribution stands next to the marks
	speech    bool // a speech verb or source cue in the sentence
	naming    bool // a naming word before it ("baptisé", "dubbed")
	work      bool // a work or product noun right before it ("le film")
	mid       bool // the writer's words come before it in the sentence
	colon     bool // a colon introduces it
}

// accept decides whether span sp is reported speech rather than a name,
// a title or a scare quote.
func accept(s qshape, c qcontext) bool {
	switch {
	case s.words == 0:
		return false
	case c.naming && (s.capInside || s.firstCap || !c.immediate):
		return false
	case (s.titleCase || c.work) && !c.immediate:
		return false
	case s.firstCap && c.mid && !c.colon && !s.sentence && !s.speaker && !c.immediate:
		return false
	case c.immediate || c.speech:
		return true
	}
	return s.speaker && s.words >= 3 || s.sentence && s.words >= 4 || (!c.mid || c.colon) && s.words >= 6
}

// namingBefore reports whether a naming word stands in the four words
// before the opening mark at token open, or a speech verb that names
// ("called") before capitalised words.
func (d *qdoc) namingBefore(open int, s qshape) bool {
	s0 := d.sentence(open).t0
	for k := open - 1; k >= s0 && k >= open-4; k-- {
		if !d.word(k) {
			continue
		}
		if _, _, ok := d.matchPhrase(d.lex.naming, clsNaming, k, open); ok {
			return true
		}
		if w := d.low(k); (w == "called" || w == "call" || w == "calls") && s.firstCap && !d.word(open-1) {
			return true
		}
	}
	return false
}

// workBefore reports whether a work or product noun names what the marks
// at token open hold: "le film « … »", "its new phone, the “…”".
func (d *qdoc) workBefore(open int) bool {
	k := open - 1
	if d.has(k, clsDeterminer) && d.is(k-1, ",") {
		k--
	}
	if d.is(k, ",") {
		k--
	}
	return d.has(k, clsWorkNoun)
}

// kindOf tells a whole quoted statement from a few words in the writer's
// sentence.
func (d *qdoc) kindOf(sp *qspan, s qshape, c qcontext, postEnds bool) QuoteKind {
	if sp.dash || sp.prev >= 0 || !c.mid || c.colon {
		return QuoteDirect
	}
	if d.is(sp.open-1, ",") && postEnds {
		return QuoteDirect
	}
	if s.firstCap && s.sentence {
		return QuoteDirect
	}
	return QuotePartial
}
