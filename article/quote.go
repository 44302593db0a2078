package article

import (
	"slices"
	"sort"
	"strings"
)

// Quotes is the extension that finds reported speech in the body and
// fills Article.Quotes: words in quotation marks (« », “ ”, " ", „ “,
// ‹ ›, with or without no-break spaces), quotations over several
// paragraphs, and interview answers after a dash, each with its speaker,
// the words that attribute it and whether it is a whole statement
// (QuoteDirect) or a few words in the writer's sentence (QuotePartial).
// Product names, titles, nicknames and scare quotes are left out. It is a
// transformer at priority 600, after entities (500): when
// Article.Entities is filled, speakers take their entity's name.
var Quotes = NewQuotes()

// NewQuotes returns the quotes extension.
func NewQuotes() Extender {
	return ExtenderFunc(func(c *Config) {
		c.AddTransformer(TransformerFunc(transformQuotes), 600)
	})
}

func transformQuotes(c *Context, a *Article) error {
	a.Quotes = FindQuotes(c.cfg, a)
	return nil
}

// FindQuotes returns the quotations of a's body, read with the languages
// of cfg that match a.Language (all of them when none does). It reads
// a.Text, a.Sections and a.Entities and changes nothing.
func FindQuotes(cfg *Config, a *Article) []Quote {
	if !mayHoldQuotes(a.Text) {
		return nil
	}
	var names speakerNames = textNames{}
	if len(a.Entities) > 0 {
		names = entityNames{a.Entities}
	}
	d := newQdoc(a.Text, lexiconFor(cfg, a.Language), names)
	defer d.release()
	d.french = len(d.lex.verbs["déclaré"]) > 0
	d.english = primarySubtag(a.Language) == "en"
	d.addUnits(a)
	d.findMarks()
	var needed []int
	size := 0
	for u := range d.units {
		if d.unitNeeded(u) {
			needed = append(needed, u)
			size += d.units[u].we - d.units[u].ws
		}
	}
	if len(needed) == 0 {
		return nil
	}
	d.toks = slices.Grow(d.toks, size/5+16)
	for _, u := range needed {
		d.tokenizeUnit(u)
	}
	d.scanSpans()
	d.splitSentences()
	d.findAnswers()
	d.findMentions()
	for i := range d.spans {
		d.analyse(i)
	}
	d.inherit()
	return d.quotes()
}

// mayHoldQuotes reports whether text has a quotation mark or a line
// starting with a dash.
func mayHoldQuotes(text string) bool {
	return hasQuoteMark(text) || strings.HasPrefix(text, "—") || strings.HasPrefix(text, "–") ||
		strings.Contains(text, "\n—") || strings.Contains(text, "\n–") || strings.Contains(text, "\n- ") ||
		strings.HasPrefix(text, "- ")
}

// analyse decides whether span i is a quotation, and of what kind, and
// attributes it.
func (d *qdoc) analyse(i int) {
	sp := &d.spans[i]
	if sp.start < 0 || sp.dash {
		sp.ok = sp.dash
		sp.kind = QuoteDirect
		return
	}
	shape := d.shapeOf(sp)
	sent := d.sentence(sp.open)
	last := sp.close
	if last < 0 {
		last = d.units[sp.unit].t1 - 1
	}
	lo, hi := max(sent.t0, sp.open-60), min(sent.t1, last+40)
	cands := d.candidates(sp, lo, hi)
	ctx := qcontext{mid: d.midSentence(sp.open, sent.t0), colon: d.is(sp.open-1, ":"),
		naming: d.namingBefore(sp.open, shape), work: d.workBefore(sp.open)}
	post := false
	for _, c := range cands {
		ctx.immediate = ctx.immediate || c.immediate
		ctx.speech = ctx.speech || !c.cue.weak || c.immediate
		post = post || c.immediate && c.cue.t0 > sp.open
	}
	sp.cands = len(cands)
	sp.ok = d.continued(i, shape) || accept(shape, ctx)
	if !sp.ok {
		return
	}
	sp.kind = d.kindOf(sp, shape, ctx, post || d.endsAfter(sp, sent.t1))
	if name := d.signature(sp); name != "" && !ctx.mid {
		sp.speaker, sp.who = name, -1
		return
	}
	d.choose(sp, cands)
	if sp.kind == QuotePartial && sp.speaker == "" && len(cands) > 0 && d.namesTerm(cands[0]) {
		sp.ok = false
	}
}

// continued reports whether span i is part of a quotation over several
// paragraphs.
func (d *qdoc) continued(i int, s qshape) bool {
	sp := &d.spans[i]
	if sp.prev >= 0 {
		return d.spans[sp.prev].ok
	}
	return sp.close < 0 && s.words >= 2 && i+1 < len(d.spans) && d.spans[i+1].prev == i
}

// midSentence reports whether words of the writer come before the mark at
// token open in the sentence starting at s0.
func (d *qdoc) midSentence(open, s0 int) bool {
	for k := s0; k < open; k++ {
		if d.word(k) {
			return true
		}
	}
	return false
}

// endsAfter reports whether the sentence ends right after span sp.
func (d *qdoc) endsAfter(sp *qspan, s1 int) bool {
	p := sp.close + 1
	return sp.close < 0 || p >= s1 || !d.word(p) && strings.ContainsAny(d.raw(p), ".!?…")
}

// choose takes the first attribution that names a speaker, else the first
// one's cue alone.
func (d *qdoc) choose(sp *qspan, cands []attribution) {
	at := d.toks[sp.open].start
	for _, c := range cands {
		if name, m := d.speakerOf(c.who, at, sp.unit); name != "" {
			sp.speaker, sp.who, sp.cue = name, m, d.cueText(c.cue)
			return
		}
	}
	if len(cands) > 0 {
		sp.cue = d.cueText(cands[0].cue)
	}
}

// speakerOf turns what the text says of a speaker into a name.
func (d *qdoc) speakerOf(w who, at, u int) (string, int) {
	m := w.mention
	switch {
	case m >= 0:
	case w.pron != "":
		m = d.resolvePronoun(w.pron, at, u)
	case w.role != "":
		m = d.resolveRole(w.role, at, u)
	}
	if m < 0 {
		return "", -1
	}
	return d.names.name(d, m), m
}

// inherit gives their speaker to the parts of a quotation over several
// paragraphs, to a quotation that follows another of the same speaker
// with no attribution of its own, and to interview answers.
func (d *qdoc) inherit() {
	last := -1
	for i := range d.spans {
		sp := &d.spans[i]
		if !sp.ok {
			continue
		}
		switch {
		case sp.dash:
			if !d.dashIncise(sp) {
				sp.speaker, sp.who = d.interviewee(sp.unit)
			}
		case sp.prev >= 0:
			d.shareChain(i)
		case sp.cands == 0 && sp.speaker == "" && sp.kind == QuoteDirect && last >= 0 && d.follows(last, i):
			sp.speaker, sp.who = d.spans[last].speaker, d.spans[last].who
		}
		last = i
	}
}

// shareChain gives every part of the quotation ending with span i the
// speaker and cue of the first part that has them.
func (d *qdoc) shareChain(i int) {
	chain := []int{i}
	for p := d.spans[i].prev; p >= 0 && len(chain) < 1000; p = d.spans[p].prev {
		chain = append(chain, p)
	}
	src := -1
	for k := len(chain) - 1; k >= 0 && src < 0; k-- {
		if d.spans[chain[k]].speaker != "" || d.spans[chain[k]].cue != "" {
			src = chain[k]
		}
	}
	if src < 0 {
		return
	}
	for _, c := range chain {
		sp := &d.spans[c]
		if sp.speaker == "" && sp.cue == "" {
			sp.speaker, sp.who, sp.cue = d.spans[src].speaker, d.spans[src].who, d.spans[src].cue
		}
	}
}

// follows reports whether span i goes on from span j: in the same
// paragraph, or opening the next one, with no other person named between.
func (d *qdoc) follows(j, i int) bool {
	a, b := &d.spans[j], &d.spans[i]
	if a.speaker == "" || (a.unit != b.unit && (a.unit+1 != b.unit || b.open != d.units[b.unit].t0)) {
		return false
	}
	before := d.mentionBefore(b.start)
	for k := len(before) - 1; k >= 0 && d.mentions[before[k]].start > a.end; k-- {
		mm := d.mentions[before[k]]
		if mm.person && !mm.inQuote && (a.who < 0 || mm.canon != d.mentions[a.who].canon) {
			return false
		}
	}
	return true
}

// quotes returns the accepted spans as Quotes.
func (d *qdoc) quotes() []Quote {
	var out []Quote
	for _, sp := range d.spans {
		if sp.ok && sp.start >= 0 && sp.end > sp.start {
			out = append(out, Quote{Text: d.text[sp.start:sp.end], Speaker: sp.speaker, Cue: sp.cue,
				Kind: sp.kind, Start: sp.start, End: sp.end})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
