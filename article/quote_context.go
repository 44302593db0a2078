package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads what lies outside the sentences around the quotation
// marks, only when a speaker needs it: earlier paragraphs for a pronoun,
// a role or an interview, and the whole text for a fuller name.

// readPrefix tokenizes, as a unit of its own, the text of unit u before
// the sentences that were read, and collects its names.
func (d *qdoc) readPrefix(u int) bool {
	un := d.units[u]
	if !un.tok || un.prefix || un.ws <= un.start {
		return false
	}
	d.units[u].prefix = true
	d.units = append(d.units, qunit{start: un.start, end: un.ws, ws: un.start, we: un.ws})
	v := len(d.units) - 1
	d.tokenizeUnit(v)
	d.splitUnit(d.units[v])
	d.unitMentions(d.units[v])
	return true
}

// maxContextUnits is how many paragraphs before a quotation are read
// when a pronoun, a role or an interview needs a person named there.
const maxContextUnits = 3

// readContext tokenizes the paragraphs before unit u that are not yet,
// up to maxContextUnits, and collects their names. It reports whether it
// read any.
func (d *qdoc) readContext(u int) bool {
	from, read := len(d.mentions), d.readPrefix(u)
	for v := u - 1; v >= 0 && v >= u-maxContextUnits; v-- {
		read = d.readPrefix(v) || read
		if d.tokenizeUnit(v) {
			d.splitUnit(d.units[v])
			d.unitMentions(d.units[v])
			read = true
		}
	}
	if read {
		d.classifyMentions(from) // over all the mentions: only when new ones came
	}
	return read
}

// nameEnd returns the end of the run of capitalised words starting at
// token i, or i when no name starts there. The English "I" starts none,
// contracted or not ("I'm"), nor does a common word at a sentence's
// start, contracted or not.
func (d *qdoc) nameEnd(i, limit int) int {
	if !d.capWord(i) || (d.sentenceInitial(i) && (d.has(i, clsStopStart) || d.contractedStop(i))) || d.pronounI(i) {
		return i
	}
	j, adjectives := i+1, 0
	for j < limit {
		switch {
		case d.is(j, ".") && d.initialAt(j-1) && d.capWord(j+1) && j+1 < limit:
			j += 2
		case d.capWord(j) && !d.acronymThenFirstName(j):
			j++
		case d.particlesEnd(j, limit) > j:
			j = d.particlesEnd(j, limit)
		case d.word(j) && adjectives < 2 && nameAdjective(d.low(j)):
			j, adjectives = j+1, adjectives+1
		default:
			return j
		}
	}
	return j
}

// particlesEnd returns the token after the particles starting at j and
// the capitalised word they lead to ("von der Leyen"), or j.
func (d *qdoc) particlesEnd(j, limit int) int {
	k := j
	for k < limit && k < j+3 && d.has(k, clsParticle) {
		k++
	}
	if k > j && k < limit && d.capWord(k) {
		return k + 1
	}
	return j
}

// capWord reports whether token i is a capitalised word that is not an
// elided article ("L'").
func (d *qdoc) capWord(i int) bool {
	return d.word(i) && d.toks[i].cap && !strings.HasSuffix(d.low(i), "'")
}

// initialAt reports whether token i is an initial or an abbreviated title
// that a period follows inside a name ("J.", "M.", "Dr.").
func (d *qdoc) initialAt(i int) bool {
	if !d.word(i) || d.toks[i].end != d.toks[i+1].start {
		return false
	}
	w := d.low(i)
	return len([]rune(w)) == 1 && d.toks[i].cap || abbreviations[w]
}

// nameAdjective reports whether w is a lower-case adjective that belongs
// to an institution's name ("Commission européenne", "Assemblée
// nationale", "Parti socialiste").
func nameAdjective(w string) bool {
	for _, s := range []string{"éenne", "éen", "ale", "aux", "iste", "ique"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// sentenceInitial reports whether token i starts a sentence or a quoted
// passage.
func (d *qdoc) sentenceInitial(i int) bool {
	if d.sentence(i).t0 == i {
		return true
	}
	p := i - 1
	if d.word(p) {
		return false
	}
	f, opens, _ := markOf(d.firstRune(p))
	return (f != markNone && opens) || d.is(p, ":") || d.is(p, "—") || d.is(p, "–") || d.is(p, "-") || d.is(p, "(")
}

// addMention records the name in tokens [i, j), setting apart the titles
// and honorific before it, and a body's possessive before a person's name
// (see afterPossessive). A lone title word names nobody unless the text
// writes it as a surname (see titleSurname).
func (d *qdoc) addMention(i, j int) {
	m := qmention{h0: i, canon: -1}
	t := i
	for t < j-1 {
		w := d.low(t)
		dot := d.is(t+1, ".")
		if dot {
			w += "."
		}
		if g, ok := honorifics[w]; ok && m.honor == "" {
			m.honor, m.gender = d.text[d.toks[t].start:d.toks[t].end+btoi(dot)], g
			t += 1 + btoi(dot)
			continue
		}
		if org := !dot && d.has(t, clsOrgType); org || d.has(t, clsTitle) {
			if !org {
				m.role = d.low(t)
			}
			t += 1 + btoi(dot)
			continue
		}
		break
	}
	for k := j - 2; k >= t; k-- {
		if d.has(k, clsTitle) {
			m.role, t = d.low(k), k+1
			break
		}
	}
	t = d.afterPossessive(t, j)
	if t >= j || !d.capWord(t) || (j-t == 1 && d.has(t, clsTitle) && !d.titleSurname(t)) {
		return
	}
	d.pushMention(m, t, j)
}

// pushMention records m as the name in tokens [t, j), reached from its
// first token m.h0 or from t.
func (d *qdoc) pushMention(m qmention, t, j int) {
	m.t0, m.t1 = t, j
	m.start, m.end = d.toks[t].start, d.toks[j-1].end
	m.end -= possessiveLen(d.text[m.start:m.end])
	m.inQuote = d.spanOf[t] != 0
	d.mentions = append(d.mentions, m)
	d.mentAt[m.h0] = int32(len(d.mentions))
	d.mentAt[t] = int32(len(d.mentions))
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// possessiveLen returns the length of a final "'s" on a name.
func possessiveLen(s string) int {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, p) && len(s) > len(p) {
			return len(p)
		}
	}
	return 0
}

// fullerInText returns the longest run of capitalised words in the whole
// text that ends with the name of one-word mention m ("Emmanuel Macron"
// for "Macron"), found by searching the text: the paragraphs without
// quotations are not tokenized.
func (d *qdoc) fullerInText(m int) string {
	mm := d.mentions[m]
	return d.fullerName(d.text[mm.start:mm.end])
}

// fullerName returns the longest run of capitalised words in the whole
// text that ends with the word name, or name (see fullerInText).
func (d *qdoc) fullerName(name string) string {
	if f, ok := d.fuller[name]; ok {
		return f
	}
	best := name
	for at, n := 0, 0; n < 200; n++ {
		k := strings.Index(d.text[at:], name)
		if k < 0 {
			break
		}
		p := at + k
		at = p + len(name)
		if full := d.capitalisedBefore(p); len(full) > 0 && len(full)+len(name)+1 > len(best) && wordEndsAt(d.text, at) {
			best = full + " " + name
		}
	}
	if d.fuller == nil {
		d.fuller = map[string]string{}
	}
	d.fuller[name] = best
	return best
}

// wordEndsAt reports whether no letter follows byte i.
func wordEndsAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !wordRune(r)
}

// capitalisedBefore returns the capitalised words (with name particles)
// that end right before byte p, without titles or a first article.
func (d *qdoc) capitalisedBefore(p int) string {
	end, start := p, p
	words := 0
	for words < 4 {
		i := start
		for i > 0 && d.text[i-1] == ' ' {
			i--
		}
		j := i
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(d.text[:j])
			if !wordRune(r) && r != '-' {
				break
			}
			j -= n
		}
		if j == i || i == start {
			break
		}
		w := d.text[j:i]
		r, _ := utf8.DecodeRuneInString(w)
		c := d.lex.classes[strings.ToLower(w)]
		if !unicode.IsUpper(r) && c&clsParticle == 0 || c&(clsTitle|clsStopStart) != 0 {
			break
		}
		start, words = j, words+1
	}
	for start < end && !unicode.IsUpper(firstRuneOf(d.text[start:end])) {
		k := strings.IndexByte(d.text[start:end], ' ')
		if k < 0 {
			return ""
		}
		start += k + 1
	}
	return strings.TrimSpace(d.text[start:end])
}

func firstRuneOf(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
