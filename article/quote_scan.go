package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qspan is one stretch of quoted words: between quotation marks, or an
// interview answer after a dash.
type qspan struct {
	unit        int
	open, close int // tokens of the marks; close is -1 when the span runs to the unit's end
	start, end  int // bytes of the quoted words, marks and spaces left out
	prev        int // the span this one continues from the paragraph before, or -1
	dash        bool

	ok      bool
	kind    QuoteKind
	speaker string
	cue     string
	who     int // mention index of the speaker, or -1
	cands   int // how many attributions the sentence offered
}

// content returns the first and last+1 tokens between the marks.
func (d *qdoc) content(sp *qspan) (int, int) {
	end := sp.close
	if end < 0 {
		end = d.units[sp.unit].t1
	}
	return sp.open + 1, end
}

// markFamily says which marks pair up.
type markFamily uint8

const (
	markNone markFamily = iota
	markGuillemet
	markCurly
	markLow // „ closed by “ or ”
	markStraight
	markSingle
)

// addUnits finds each paragraph, quotation block and list line of the
// body in a.Text and tokenizes it.
func (d *qdoc) addUnits(a *Article) {
	cursor := 0
	for _, sec := range a.Sections {
		if sec.Heading != "" {
			if k := strings.Index(d.text[cursor:], sec.Heading); k >= 0 {
				cursor += k + len(sec.Heading)
			}
		}
		for _, b := range sec.Blocks {
			cursor = d.addBlock(a, b, cursor)
		}
	}
}

// addBlock adds the units of block b, found at or after cursor, and
// returns the new cursor.
func (d *qdoc) addBlock(a *Article, b Block, cursor int) int {
	t := blockText(a, b)
	if t == "" {
		return cursor
	}
	k := strings.Index(d.text[cursor:], t)
	if k < 0 {
		return cursor
	}
	at := cursor + k
	if b.Kind == BlockParagraph || b.Kind == BlockQuote || b.Kind == BlockList {
		for rest := t; ; {
			line, after, more := strings.Cut(rest, "\n")
			d.addUnit(at, at+len(line), b.Kind == BlockParagraph)
			if !more {
				break
			}
			at, rest = at+len(line)+1, after
		}
	}
	return cursor + k + len(t)
}

func (d *qdoc) addUnit(start, end int, para bool) {
	if start, end = trimQuoteSpace(d.text, start, end); end > start {
		d.units = append(d.units, qunit{start: start, end: end, ws: start, we: end, para: para})
	}
}

// tokenizeUnit tokenizes unit u, once, growing the per-token tables.
func (d *qdoc) tokenizeUnit(u int) bool {
	un := &d.units[u]
	if un.tok {
		return false
	}
	un.t0 = len(d.toks)
	d.tokenize(un.ws, un.we)
	d.flushLower()
	un.t1, un.tok = len(d.toks), true
	n := un.t1 - un.t0
	d.spanOf = append(d.spanOf, make([]int32, n)...)
	d.sentOf = append(d.sentOf, make([]int32, n)...)
	d.mentAt = append(d.mentAt, make([]int32, n)...)
	return true
}

// markOf returns the family of a quotation mark token and whether it can
// open and close a span.
func markOf(r rune) (f markFamily, opens, closes bool) {
	switch r {
	case '«':
		return markGuillemet, true, false
	case '»':
		return markGuillemet, false, true
	case '“':
		return markCurly, true, false // closes „ too, see closing
	case '”':
		return markCurly, false, true
	case '„':
		return markLow, true, false
	case '"':
		return markStraight, true, true
	case '‹':
		return markSingle, true, false
	case '›':
		return markSingle, false, true
	}
	return markNone, false, false
}

// scanSpans finds the quotation spans of every unit, linking quotations
// that run over several paragraphs.
func (d *qdoc) scanSpans() {
	carry := -1
	for u := range d.units {
		if !d.units[u].tok {
			carry = -1
			continue
		}
		carry = d.scanUnit(u, carry)
	}
	d.dropOpenEnded()
}

// scanUnit finds the spans of unit u. carry is the open-ended span of the
// paragraph before, or -1; scanUnit returns the open-ended span of u.
func (d *qdoc) scanUnit(u, carry int) int {
	un := d.units[u]
	var stack []int // tokens of open marks
	var fams []markFamily
	first := un.t0
	if carry >= 0 {
		if f, _, _ := markOf(d.firstRune(first)); f != markNone && !d.toks[first].word {
			stack, fams = append(stack, first), append(fams, d.familyOf(carry))
		} else {
			carry = -1
		}
	}
	for i := un.t0; i < un.t1; i++ {
		if d.toks[i].word || (len(stack) > 0 && stack[0] == i) {
			continue
		}
		f, opens, closes := markOf(d.firstRune(i))
		if f == markNone {
			continue
		}
		if k := d.closing(i, f, closes, stack, fams); k >= 0 {
			if k == 0 {
				d.addSpan(u, stack[0], i, carry, stack[0] == first)
				carry = -1
			}
			stack, fams = stack[:k], fams[:k]
			continue
		}
		if opens && d.canOpen(i, f) {
			stack, fams = append(stack, i), append(fams, f)
		}
	}
	if len(stack) == 0 || (stack[0] != first && fams[0] == markStraight) {
		return -1
	}
	return d.addSpan(u, stack[0], -1, carry, stack[0] == first)
}

// familyOf returns the family of the opening mark of span s.
func (d *qdoc) familyOf(s int) markFamily {
	f, _, _ := markOf(d.firstRune(d.spans[s].open))
	return f
}

// closing returns the stack depth that the mark at token i closes, or -1.
func (d *qdoc) closing(i int, f markFamily, closes bool, stack []int, fams []markFamily) int {
	for k := len(fams) - 1; k >= 0; k-- {
		switch {
		case f == markCurly && fams[k] == markLow:
			return k
		case !closes || fams[k] != f:
			continue
		case f == markStraight && d.spaceBefore(i):
			return -1
		}
		return k
	}
	return -1
}

// canOpen reports whether the mark at token i opens a span: a straight
// quote opens only before a word, after a space or an opening character.
func (d *qdoc) canOpen(i int, f markFamily) bool {
	if f != markStraight {
		return true
	}
	return !d.spaceAfter(i) && d.spaceBefore(i)
}

func (d *qdoc) spaceBefore(i int) bool {
	s := d.toks[i].start
	if s == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(d.text[:s])
	return quoteSpace(r) || strings.ContainsRune("([{«“‘—–-/", r)
}

func (d *qdoc) spaceAfter(i int) bool {
	e := d.toks[i].end
	if e >= len(d.text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(d.text[e:])
	return quoteSpace(r)
}

// addSpan records the span between the marks at tokens open and close
// (-1: the unit's end) and returns its index, or -1 when it holds no words.
func (d *qdoc) addSpan(u, open, close, carry int, atStart bool) int {
	start := d.toks[open].end
	end := d.units[u].end
	if close >= 0 {
		end = d.toks[close].start
	}
	start, end = trimQuoteSpace(d.text, start, end)
	if close >= 0 && end > start && d.text[end-1] == ',' {
		end = trimEnd(d.text, start, end-1)
	}
	if end <= start {
		return -1
	}
	prev := -1
	if atStart {
		prev = carry
	}
	d.spans = append(d.spans, qspan{unit: u, open: open, close: close, start: start, end: end, prev: prev, who: -1})
	last := close
	if last < 0 {
		last = d.units[u].t1 - 1
	}
	for t := open; t <= last; t++ {
		d.spanOf[t] = int32(len(d.spans))
	}
	return len(d.spans) - 1
}

// trimQuoteSpace narrows [start, end) of s past spaces, no-break spaces
// and their HTML entities.
func trimQuoteSpace(s string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(s[start:end])
		if quoteSpace(r) {
			start += n
		} else if m := entitySpaceLen(s[start:end]); m > 0 {
			start += m
		} else {
			break
		}
	}
	return start, trimEnd(s, start, end)
}

func trimEnd(s string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		switch {
		case quoteSpace(r):
			end -= n
		case r == ';' && entitySuffixLen(s[start:end]) > 0:
			end -= entitySuffixLen(s[start:end])
		default:
			return end
		}
	}
	return end
}

// entitySuffixLen returns the length of a no-break space entity ending s,
// or 0.
func entitySuffixLen(s string) int {
	for _, e := range []string{"&nbsp;", "&#160;", "&#xa0;", "&#8239;", "&#x202f;", "&thinsp;"} {
		if len(s) >= len(e) && strings.EqualFold(s[len(s)-len(e):], e) {
			return len(e)
		}
	}
	return 0
}

// dropOpenEnded removes the spans that run to the end of their paragraph
// without being continued in the next one, nor starting their own.
func (d *qdoc) dropOpenEnded() {
	continued := make(map[int]bool)
	for _, sp := range d.spans {
		if sp.prev >= 0 {
			continued[sp.prev] = true
		}
	}
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.close < 0 && !continued[i] && sp.prev < 0 && sp.open != d.units[sp.unit].t0 {
			d.clearSpan(i)
		}
	}
}

// clearSpan marks span i as not a quotation and frees its tokens.
func (d *qdoc) clearSpan(i int) {
	sp := &d.spans[i]
	sp.start, sp.end = -1, -1
	for t := sp.open; t < d.units[sp.unit].t1; t++ {
		if d.spanOf[t] == int32(i+1) {
			d.spanOf[t] = 0
		}
	}
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{"m": true, "mr": true, "mrs": true, "ms": true, "dr": true, "st": true,
	"jr": true, "sr": true, "prof": true, "sen": true, "gov": true, "rep": true, "rev": true, "mt": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "no": true, "vs": true, "etc": false,
	"av": true, "env": true, "cf": true, "p": true, "me": true, "mme": true, "pr": true}

// splitSentences cuts every unit into sentences, never inside a span.
func (d *qdoc) splitSentences() {
	for _, un := range d.units {
		if un.tok {
			d.splitUnit(un)
		}
	}
}

// splitUnit cuts one tokenized unit into sentences.
func (d *qdoc) splitUnit(un qunit) {
	{
		start := un.t0
		for i := un.t0; i < un.t1; i++ {
			d.sentOf[i] = int32(len(d.sents))
			if i+1 < un.t1 && d.sentenceEndsAfter(i) {
				d.sents = append(d.sents, qsent{t0: start, t1: i + 1})
				start = i + 1
			}
		}
		d.sents = append(d.sents, qsent{t0: start, t1: un.t1})
	}
}

// sentenceEndsAfter reports whether a sentence ends with token i.
func (d *qdoc) sentenceEndsAfter(i int) bool {
	if d.toks[i].word || !d.startsSentence(i+1) {
		return false
	}
	r := d.firstRune(i)
	if d.spanOf[i] != 0 {
		sp := &d.spans[d.spanOf[i]-1]
		if sp.close != i || sp.end <= sp.start {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(d.text[sp.start:d.toks[i].start], unicode.IsSpace))
		return strings.ContainsRune(".!?…", last)
	}
	if !strings.ContainsRune(".!?…", r) {
		return false
	}
	if r == '.' && d.word(i-1) && d.toks[i-1].end == d.toks[i].start {
		w := d.low(i - 1)
		return !abbreviations[w] && !(utf8.RuneCountInString(w) == 1 && d.toks[i-1].cap)
	}
	return true
}

// startsSentence reports whether token i can begin a sentence.
func (d *qdoc) startsSentence(i int) bool {
	if d.toks[i].word {
		r := d.firstRune(i)
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	f, opens, _ := markOf(d.firstRune(i))
	r := d.firstRune(i)
	return (f != markNone && opens) || r == '—' || r == '–' || r == '('
}

// sentence returns the sentence of token i.
func (d *qdoc) sentence(i int) qsent { return d.sents[d.sentOf[i]] }
