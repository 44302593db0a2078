package article

import "strings"

// qcue is the word or words that attribute a quotation: a speech verb
// with its auxiliary ("a déclaré", "a-t-il ajouté", "said") or a source
// cue ("selon", "according to").
type qcue struct {
	t0, t1 int    // tokens of the cue as written
	vg0    int    // first token of the verb group, where the subject ends
	pron   string // subject pronoun of an inverted verb ("a-t-il")
	source bool
	weak   bool
	inf    bool // an infinitive: "ajouter", "to stress"
	text   string
}

// who is what the text says of a speaker: a mention, a pronoun, or a
// role without a name ("le ministre").
type who struct {
	mention int
	pron    string
	role    string
}

func nobody() who { return who{mention: -1} }

// attribution is one reading of who said a quotation.
type attribution struct {
	cue       qcue
	who       who
	immediate bool // the cue stands next to the quotation
	found     bool
}

// inversionPronouns are the subject pronouns of an inverted verb.
var inversionPronouns = map[string]bool{"il": true, "elle": true, "on": true, "ils": true, "elles": true}

// splitInversion splits "a-t-il" into "a" and "il", "estime-t-elle"
// into "estime" and "elle"; other words come back whole.
func splitInversion(w string) (string, string) {
	if strings.IndexByte(w, '-') < 0 {
		return w, ""
	}
	if k := strings.Index(w, "-t-"); k > 0 && inversionPronouns[w[k+3:]] {
		return w[:k], w[k+3:]
	}
	if k := strings.LastIndexByte(w, '-'); k > 0 && inversionPronouns[w[k+1:]] {
		return w[:k], w[k+1:]
	}
	return w, ""
}

// verbAt reads a speech verb at token i, within the sentence ending at
// s1, checking what stands before it: an auxiliary for a participle, "se"
// for a reflexive verb, no determiner before a finite form.
func (d *qdoc) verbAt(i, s1 int) (qcue, bool) {
	if !d.word(i) {
		return qcue{}, false
	}
	if d.toks[i].cls&(clsVerb|clsInvertedAux) == 0 && strings.IndexByte(d.low(i), '-') < 0 {
		return qcue{}, false
	}
	base, pron := splitInversion(d.low(i))
	if d.has(i, clsInvertedAux) {
		e, j, ok := d.verbForm(i+1, s1)
		return qcue{t0: i, t1: j, vg0: d.groupStart(i, false), pron: pron, weak: e.weak}, ok
	}
	e, j, ok := d.entryFor(base, i+1, s1)
	if !ok {
		return qcue{}, false
	}
	if pron != "" {
		return qcue{t0: i, t1: j, vg0: i, pron: pron, weak: e.weak}, true
	}
	vg0 := d.groupStart(i, strings.HasSuffix(base, "ant"))
	refl, aux := d.groupHas(vg0, i)
	if (refl && !e.reflexive) || (e.participle && !aux && !refl) || (!e.participle && d.nounBefore(i)) {
		return qcue{}, false
	}
	c := qcue{t0: d.auxStart(i), t1: j, vg0: vg0, weak: e.weak, inf: e.infinitive || d.lowAt(i-1) == "to"}
	if c.t0 < i {
		_, c.pron = splitInversion(d.low(c.t0))
	}
	return c, true
}

// verbForm reads a speech verb form at token i.
func (d *qdoc) verbForm(i, s1 int) (verbEntry, int, bool) {
	if !d.word(i) {
		return verbEntry{}, 0, false
	}
	return d.entryFor(d.low(i), i+1, s1)
}

// entryFor returns the longest form of the lexicon starting with w whose
// other words follow from token i.
func (d *qdoc) entryFor(w string, i, s1 int) (verbEntry, int, bool) {
	best, end, ok := verbEntry{}, 0, false
	if !d.lex.filter.may(w) {
		return best, end, ok
	}
	for _, e := range d.lex.verbs[w] {
		if j, m := d.matchWords(e.rest, i, s1); m && (!ok || j > end) {
			best, end, ok = e, j, true
		}
	}
	return best, end, ok
}

// groupStart returns the first token of the verb group ending with the
// verb at token i: auxiliaries, adverbs, "se", an emphatic pronoun ("a
// elle aussi encouragé"), "en" before a gerund, "de" before an
// infinitive.
func (d *qdoc) groupStart(i int, gerund bool) int {
	s0 := d.sentence(i).t0
	k := i - 1
	for ; k >= s0 && k > i-7 && d.word(k); k-- {
		w := d.low(k)
		switch {
		case d.has(k, clsAuxiliary|clsFiller|clsInvertedAux) || adverb(w):
		case (w == "elle" || w == "lui" || w == "il" || w == "eux") && (d.lowAt(k+1) == "aussi" || d.lowAt(k+1) == "même"):
		case gerund && w == "en", w == "de" || w == "à" || w == "to":
		default:
			return k + 1
		}
	}
	return k + 1
}

// auxStart returns the first of the auxiliaries written right before the
// verb at token i ("a déclaré", "s'est félicitée", "has said").
func (d *qdoc) auxStart(i int) int {
	k := i
	for k-1 >= 0 && d.word(k-1) && k > i-3 {
		w := d.low(k - 1)
		if !d.has(k-1, clsAuxiliary|clsInvertedAux) || w == "ne" || w == "n'" {
			break
		}
		k--
	}
	return k
}

// groupHas reports whether tokens [k, i) hold "se" and an auxiliary.
func (d *qdoc) groupHas(k, i int) (refl, aux bool) {
	for ; k < i; k++ {
		w := d.low(k)
		switch {
		case w == "s'" || w == "se":
			refl = true
		case d.has(k, clsAuxiliary) && w != "ne" && w != "n'", d.has(k, clsInvertedAux):
			aux = true
		}
	}
	return refl, aux
}

// nounBefore reports whether a determiner stands right before token i,
// making the word a noun ("l'annonce", "a call").
func (d *qdoc) nounBefore(i int) bool {
	return d.has(i-1, clsDeterminer) && !(d.french && d.low(i-1) == "a") && d.lowAt(i-2) != "en"
}

// adverb reports whether w looks like an adverb of manner.
func adverb(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ly"))
}

// cueAt reads a cue (source or verb) starting at token i.
func (d *qdoc) cueAt(i, s1 int) (qcue, bool) {
	if p, j, ok := d.matchPhrase(d.lex.cues, clsCue, i, s1); ok && p.text != "pour" {
		return qcue{t0: i, t1: j, vg0: i, source: true, text: p.text}, true
	}
	c, ok := d.verbAt(i, s1)
	return c, ok
}

// cueFrom reads a cue whose words start at token p: a source cue, or a
// verb group ("a déclaré", "a elle aussi souligné").
func (d *qdoc) cueFrom(p, hi int) (qcue, bool) {
	for _, c := range d.sentenceCues(p) {
		if (c.t0 == p || c.vg0 == p) && c.t1 <= hi && (c.pron == "" || c.t0 == p || c.source) {
			return c, true
		}
	}
	return qcue{}, false
}

// cueInside reads a verb group starting at token p inside a quotation.
func (d *qdoc) cueInside(p, hi int) (qcue, bool) {
	for k := p; k < hi && k < p+5 && d.word(k); k++ {
		if c, ok := d.verbAt(k, hi); ok && (c.t0 == p || c.vg0 == p) {
			return c, true
		}
	}
	return qcue{}, false
}

// cueText returns the cue as written, or the lexicon's form of a source
// cue.
func (d *qdoc) cueText(c qcue) string {
	if c.text != "" {
		return c.text
	}
	if c.t1 <= c.t0 {
		return ""
	}
	return d.text[d.toks[c.t0].start:d.toks[c.t1-1].end]
}

// boundary reports whether token k ends a clause segment.
func (d *qdoc) boundary(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return true
	}
	if !d.toks[k].word {
		return !d.is(k, ".") || !d.initialAt(k-1)
	}
	return d.toks[k].cls&(clsBoundary|clsRelative) != 0
}

// npForward reads the speaker named from token i on: a name, a pronoun,
// or a role, through determiners and titles, past a complement to an
// apposition ("la présidente de la métropole, Hélène Carvalho").
func (d *qdoc) npForward(i, limit int) who {
	w, noun := nobody(), false
	for j := i; j < limit && j < i+10; j++ {
		if n := d.asideAt(j); n > 0 && !noun && w.role == "" {
			j += n - 1 // "résume quant à elle X", "explique pour sa part X"
			continue
		}
		if m := d.mentAt[j]; m > 0 && !d.monthBefore(j) {
			w.mention = d.personAfter(int(m-1), limit)
			if p, ok := d.roleApposition(int(m-1), limit); ok && (noun || w.role != "") {
				w.mention = p
			}
			if w.mention == int(m-1) && d.modifiesAfter(w.mention, limit, j > i) {
				w.mention = -1
			}
			return w
		}
		if !d.word(j) {
			if d.is(j, ",") && (noun || w.role != "") {
				return d.apposition(j, limit, w)
			}
			return w
		}
		l := d.low(j)
		switch {
		case d.has(j, clsPronoun) && j == i:
			w.pron = l
			return w
		case d.has(j, clsDeterminer|clsFiller) || adverb(l):
		case d.has(j, clsTitle):
			w.role, noun = l, true
		case d.has(j, clsPreposition):
			if !noun {
				return w
			}
			return d.afterComplement(j, limit, w)
		case d.has(j, clsAuxiliary|clsBoundary|clsRelative) || d.isVerb(j):
			return w
		default:
			noun = true
		}
	}
	return w
}

// asidePhrases are the phrases set between a speech verb and the
// speaker after it, in lower case, word by word: "résume quant à elle
// X", "explique pour sa part X", "for her part".
var asidePhrases = [][]string{
	{"quant", "à", "elle"}, {"quant", "à", "lui"}, {"quant", "à", "eux"}, {"quant", "à", "elles"},
	{"pour", "sa", "part"}, {"pour", "leur", "part"}, {"de", "son", "côté"}, {"de", "leur", "côté"},
	{"à", "son", "tour"}, {"à", "leur", "tour"}, {"for", "her", "part"}, {"for", "his", "part"},
	{"for", "their", "part"}, {"in", "turn"},
}

// asideAt returns the number of tokens of the aside phrase starting at
// token j, or 0.
func (d *qdoc) asideAt(j int) int {
	for _, p := range asidePhrases {
		if d.phraseFrom(j, p) {
			return len(p)
		}
	}
	return 0
}

// phraseFrom reports whether the tokens from j on are the words of p.
func (d *qdoc) phraseFrom(j int, p []string) bool {
	for k, w := range p {
		if d.lowAt(j+k) != w {
			return false
		}
	}
	return true
}

// monthBefore reports whether token j is a month's name set before a
// noun, "a June report", rather than a name ("said May.").
func (d *qdoc) monthBefore(j int) bool {
	return d.has(j, clsMonth) && d.word(j+1) && !d.toks[j+1].cap
}

// personAfter returns the person named after mention m when m, not a
// person, only qualifies that person's title: "said Halden University
// professor Thomas Grell", "said Halden computer science professor Nadia
// Orlov", "says Halden Events Founder and Lead Planner Ina Sorel" (a
// capitalised title ending the organisation's name, joined to the next).
// Else it returns m.
func (d *qdoc) personAfter(m, limit int) int {
	mm := d.mentions[m]
	title := d.has(mm.t1-1, clsTitle)
	if mm.person && !title && !d.has(mm.t1, clsTitle) {
		return m // a title after a person's name may start another's: "said Nexora chief executive Anna Berg"
	}
	for k := mm.t1; k < limit && k < mm.t1+5; k++ {
		if n := d.mentAt[k]; n > 0 {
			if p := int(n - 1); d.mentions[p].person && (title || d.mentions[p].role != "") {
				return p
			}
			return m
		}
		if title && titleJoin(d.low(k)) {
			continue
		}
		if !d.word(k) || d.toks[k].cap || d.has(k, clsAuxiliary|clsBoundary|clsRelative|clsPreposition|clsDeterminer) || d.isVerb(k) {
			return m
		}
		title = title || d.has(k, clsTitle)
	}
	return m
}

// apposition takes the name after the comma at token j, if any.
func (d *qdoc) apposition(j, limit int, w who) who {
	if j+1 < limit {
		if m := d.mentAt[j+1]; m > 0 {
			w.mention = int(m - 1)
		}
	}
	return w
}

// afterComplement skips a complement ("de la famille") and takes the
// apposition after it.
func (d *qdoc) afterComplement(j, limit int, w who) who {
	for k := j; k < limit && k < j+8; k++ {
		if d.is(k, ",") {
			return d.apposition(k, limit, w)
		}
		if m, ok := d.nameAfterNoun(j, k); ok {
			w.mention = m
			return w
		}
		if !d.word(k) {
			return w
		}
	}
	return w
}

// nameModifies reports whether the name of mention m only qualifies the
// lower-case nouns after it, up to token end where an English subject
// ends at its verb: "the Berlin wine merchant said", "Nexora's chief
// executive said".
// The speaker is then the nouns' holder, whom the text does not name.
func (d *qdoc) nameModifies(m, end int) bool {
	if !d.english {
		return false
	}
	noun := false
	for k := d.mentions[m].t1; k < end; k++ {
		if !d.plainNoun(k) {
			return false // not a plain noun or adjective: "Smith took it further, explaining"
		}
		l := d.low(k)
		noun = noun || !d.has(k, clsFiller) && !adverb(l) && !qReflexives[l]
	}
	return noun
}

// headName returns mention m, the last name of a subject that ends at
// token end, unless end is the verb and m only qualifies the nouns
// before it (see nameModifies): then -1.
func (d *qdoc) headName(m, end int) int {
	if d.english && (d.isVerb(end) || d.has(end, clsAuxiliary) && d.low(end) != "a") && d.nameModifies(m, end) {
		return -1
	}
	return m
}

// qReflexives stand after a name without changing who it is: "Smith
// herself said".
var qReflexives = qset(`himself herself themselves itself myself ourselves alone`)

// isVerb reports whether token i is a speech verb form.
func (d *qdoc) isVerb(i int) bool {
	base, _ := splitInversion(d.low(i))
	if !d.lex.filter.may(base) {
		return false
	}
	_, ok := d.lex.verbs[base]
	return ok
}

// subjectBefore finds the subject of the verb group starting at token
// vg0: the clause segment before it, skipping appositions set off by
// commas ("Ursula Brandt, la commissaire européenne, a appelé"), and an
// English apposition whose name only qualifies its nouns ("Tom Hale, a
// Halden wine merchant, said").
func (d *qdoc) subjectBefore(vg0 int) who {
	s0 := d.sentence(max(vg0-1, 0)).t0
	end := d.relativeClauseStart(vg0, s0)
	for n := 0; n < 4 && end > s0; n++ {
		beg := end
		for beg > s0 && !d.boundary(beg-1) && end-beg < 25 {
			beg--
		}
		if beg == end {
			end--
			continue
		}
		w, appos := d.subjectIn(beg, end)
		if w.mention >= 0 && d.has(beg, clsDeterminer) && d.is(end, ",") && d.nameModifies(w.mention, end) {
			w.mention, appos = -1, true // "Tom Hale, a Halden wine merchant, said": the name before speaks
		}
		if w.mention >= 0 || w.pron != "" {
			return w
		}
		if appos && beg > s0 && (d.is(beg-1, ",") || d.has(beg-1, clsRelative)) {
			end = beg - 1
			continue
		}
		return w
	}
	return nobody()
}

// subjectIn reads the subject at the start of tokens [beg, end): the last
// name of its noun phrase ("Tech giant Nexora"), a pronoun, or a role.
// appos tells whether the segment reads as an apposition instead.
func (d *qdoc) subjectIn(beg, end int) (who, bool) {
	w, cand, noun := nobody(), -1, false
	appos := d.word(beg) && !d.toks[beg].cap && !d.has(beg, clsPronoun) || d.word(beg) && startsWithDigit(d.low(beg)) ||
		d.has(beg, clsDeterminer)
	for j := beg; j < end; j++ {
		if m := d.mentAt[j]; m > 0 {
			cand = int(m - 1)
			j = max(j, d.mentions[cand].t1-1)
			continue
		}
		if !d.word(j) {
			continue
		}
		l := d.low(j)
		switch {
		case j == beg && d.has(j, clsPronoun):
			w.pron = l
			return w, false
		case cand >= 0 && (d.has(j, clsAuxiliary|clsPreposition|clsBoundary) || d.isVerb(j)):
			w.mention = d.headName(cand, j)
			return w, appos
		case d.has(j, clsTitle):
			w.role, noun = l, true
		case d.has(j, clsPreposition) && noun:
			if m, ok := d.nameAfterComplement(j, end); ok && w.role != "" && !tieRoles[w.role] {
				w.mention = m // "la professeure de nutrition Francisca Joly ajoute"
			}
			return w, appos
		case !d.toks[j].cap && !d.has(j, clsDeterminer):
			noun = true
		}
	}
	if cand >= 0 {
		w.mention = d.headName(cand, end)
	}
	return w, appos && cand < 0
}

// nameAfterComplement returns the person named right after the
// complement that the preposition at token j opens, before token end:
// the name a role and its complement introduce ("la professeure de
// nutrition Francisca Joly", "the head of research Jane Doe").
func (d *qdoc) nameAfterComplement(j, end int) (int, bool) {
	for k := j + 2; k < end && k < j+6; k++ {
		if m, ok := d.nameAfterNoun(j, k); ok {
			return m, true
		}
		if !d.word(k) || d.mentAt[k] > 0 {
			break
		}
	}
	return -1, false
}

// tieRoles are the roles that name someone by a tie to another person:
// the name after their complement is that other person's ("the mother of
// murdered teenager Brianna Ghey said", "l'avocat de la victime Lola
// Daviet"), not the speaker's.
var tieRoles = wordSet(strings.Fields(`mother father son daughter wife husband brother sister widow
widower parent parents family friend lawyer attorney mère père fils fille épouse mari frère sœur
veuve veuf famille proche proches ami amie avocat avocate`))

// candidates lists the attributions the sentence offers span sp, in the
// order they are trusted: a cue right after the marks, the nearest speech
// verb before them, source cues, an incise inside them. lo and hi bound
// the tokens read.
func (d *qdoc) candidates(sp *qspan, lo, hi int) []attribution {
	var out []attribution
	if a, ok := d.postAttribution(sp, hi); ok {
		out = append(out, a)
	}
	if a, ok := d.preAttribution(sp, lo, hi); ok {
		out = append(out, a)
	}
	out = append(out, d.sourceAttributions(sp, lo, hi)...)
	if len(out) == 0 {
		if a, ok := d.inciseAttribution(sp); ok {
			out = append(out, a)
		}
	}
	return out
}

// sentenceCues returns the cues of the sentence holding token i, read
// once per sentence.
func (d *qdoc) sentenceCues(i int) []qcue {
	s := &d.sents[d.sentOf[i]]
	if s.cued {
		return d.cues[s.c0:s.c1]
	}
	c0 := len(d.cues)
	for k := s.t0; k < s.t1 && k < s.t0+maxSentenceTokens; k++ {
		if t := d.toks[k]; !t.word || t.end-t.start < 2 && d.text[t.start] != 'a' {
			continue
		}
		if p, j, ok := d.matchPhrase(d.lex.cues, clsCue, k, s.t1); ok {
			d.cues = append(d.cues, qcue{t0: k, t1: j, vg0: k, source: true, text: p.text})
			continue
		}
		if c, ok := d.verbAt(k, s.t1); ok {
			d.cues = append(d.cues, c)
		}
	}
	s.c0, s.c1, s.cued = c0, len(d.cues), true
	return d.cues[c0:s.c1]
}

// maxSentenceTokens bounds the words of a sentence read for cues, so that
// a text without punctuation stays linear.
const maxSentenceTokens = 400

// postAttribution reads "« … », a déclaré X", "“…,” said X", "“…,” X
// said", "« … », selon X".
func (d *qdoc) postAttribution(sp *qspan, hi int) (attribution, bool) {
	if sp.close < 0 {
		return attribution{}, false
	}
	p := sp.close + 1
	if d.is(p, ",") {
		p++
	}
	if p >= hi || d.spanOf[p] != 0 {
		return attribution{}, false
	}
	if c, ok := d.cueFrom(p, hi); ok {
		return attribution{cue: c, who: d.speakerAfter(c, hi), immediate: true, found: true}, true
	}
	if !d.npStart(p) {
		return attribution{}, false
	}
	stop := max(p+10, d.appositionStop(p, hi))
	for k := p + 1; k < hi && k < stop; k++ {
		if d.spanOf[k] != 0 || d.is(k, ";") {
			stop = k
		}
	}
	for _, c := range d.sentenceCues(p) {
		if !c.source && c.vg0 > p && c.t0 < stop {
			w := d.npForward(p, c.vg0)
			if w.mention >= 0 && d.nameModifies(w.mention, c.vg0) {
				w.mention = -1
			}
			return attribution{cue: c, who: w, immediate: true, found: true}, true
		}
	}
	return attribution{}, false
}

// speakerAfter reads the speaker of an inverted cue: its pronoun, or the
// words after it.
func (d *qdoc) speakerAfter(c qcue, hi int) who {
	if c.pron != "" {
		return who{mention: -1, pron: c.pron}
	}
	if w := d.pastAddressee(c.t1, hi); w.mention >= 0 {
		return w
	}
	if c.source {
		return d.sourceSpeaker(c.t1, hi)
	}
	return d.npForward(c.t1, hi)
}

// npStart reports whether token i can start a speaker's noun phrase.
func (d *qdoc) npStart(i int) bool {
	if !d.word(i) {
		return false
	}
	return d.toks[i].cap || d.has(i, clsDeterminer|clsPronoun|clsTitle)
}

// preAttribution reads "X a déclaré : « … »", "X said: “…”" and the
// nearest speech verb before the marks ("X a qualifié … de « … »").
func (d *qdoc) preAttribution(sp *qspan, lo, hi int) (attribution, bool) {
	open := sp.open
	if d.is(open-1, ":") {
		if c, ok := d.verbBefore(open-2, lo, hi); ok {
			return attribution{cue: c, who: d.subjectOf(c), immediate: true, found: true}, true
		}
		if w := d.subjectBefore(open - 1); w.mention >= 0 && d.labelSpeaker(w) {
			return attribution{cue: qcue{}, who: w, immediate: true, found: true}, true
		}
		return attribution{}, false
	}
	k := open - 1
	for n := 0; n < maxWeakSkipped; n++ {
		c, ok := d.verbBefore(k, lo, hi)
		if !ok {
			return attribution{}, false
		}
		imm := c.t1 == open || c.t1+1 == open && (d.speechComplement(c.t1) || d.is(c.t1, ","))
		w := d.subjectOf(c)
		c.weak = c.weak || c.inf && !(speakerSubject(w) && (!d.french || d.speechComplement(c.t1)))
		if n > 0 && !speakerSubject(w) {
			return attribution{}, false
		}
		if !c.weak || imm || d.speechComplement(c.t1) {
			return attribution{cue: c, who: w, immediate: imm, found: true}, true
		}
		k = c.t0 - 1 // a weak verb in the reported clause: "he said the inquiry had asked … “…”"
	}
	return attribution{}, false
}

// maxWeakSkipped bounds the weak verbs read back past, from the marks, to
// the speech verb of a speaker that reports the clause holding them.
const maxWeakSkipped = 3

// speakerSubject reports whether w names someone who may speak: a name, a
// role or a third-person pronoun. An infinitive with no such subject
// ("I'd like to stress", "that is not to say", "pour assurer") reports
// nothing unless it stands next to the quote; a French one also needs
// "que" or a colon, since "il" may be impersonal ("il faut ajouter").
func speakerSubject(w who) bool {
	return w.mention >= 0 || w.role != "" || pronounGender(w.pron) != 0
}

// speechComplement reports whether token i opens what a verb reports:
// "que", "that" or a colon.
func (d *qdoc) speechComplement(i int) bool {
	w := d.lowAt(i)
	return w == "que" || w == "qu'" || w == "that" || d.is(i, ":")
}

// verbBefore returns the nearest speech verb ending at or before token k
// and not before lo, outside other quotations.
func (d *qdoc) verbBefore(k, lo, hi int) (qcue, bool) {
	if k < 0 {
		return qcue{}, false
	}
	cues := d.sentenceCues(k)
	for n := len(cues) - 1; n >= 0; n-- {
		c := cues[n]
		if !c.source && c.t1 <= k+1 && c.t0 >= lo && d.spanOf[c.t1-1] == 0 {
			return c, true
		}
	}
	return qcue{}, false
}

// subjectOf reads the subject of a cue verb: its inverted pronoun or the
// clause before it.
func (d *qdoc) subjectOf(c qcue) who {
	if c.pron != "" {
		return who{mention: -1, pron: c.pron}
	}
	return d.subjectBefore(c.vg0)
}

// sourceAttributions reads "selon X", "d'après X", "according to X"
// anywhere in the sentence, and "Pour X, …" at its start.
func (d *qdoc) sourceAttributions(sp *qspan, lo, hi int) []attribution {
	var out []attribution
	s0 := d.sentence(sp.open).t0
	for _, c := range d.sentenceCues(sp.open) {
		j, k := c.t0, c.t1
		if !c.source || j < lo || k > hi || d.spanOf[j] != 0 {
			continue
		}
		w := d.sourceSpeaker(k, hi)
		if c.text == "pour" && (j != s0 || w.mention < 0 && w.pron == "" && w.role == "") {
			continue
		}
		out = append(out, attribution{cue: c, who: w, immediate: k == sp.open || sp.close+1 == j ||
			sp.close+2 == j && d.is(sp.close+1, ","), found: true})
	}
	return out
}

// inciseAttribution reads a speech verb set inside the quotation between
// commas: "« Nous allons faire appel, a indiqué l'avocat, … »".
func (d *qdoc) inciseAttribution(sp *qspan) (attribution, bool) {
	c0, c1 := d.content(sp)
	for k := c0; k < c1; k++ {
		if !d.is(k, ",") {
			continue
		}
		c, ok := d.cueInside(k+1, c1)
		if !ok {
			continue
		}
		if w := d.speakerAfter(c, c1); w.mention >= 0 || w.pron != "" || w.role != "" {
			return attribution{cue: c, who: w, immediate: true, found: true}, true
		}
	}
	return attribution{}, false
}
