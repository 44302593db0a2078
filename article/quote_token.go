package article

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// qtok is one token of the body text as the quote extractor reads it: a
// word, or one punctuation character, with its byte offsets in
// Article.Text.
type qtok struct {
	start, end int
	lo, hi     int32  // the word in lower case, with a straight apostrophe: bytes of d.text or of d.lows[src-1]
	src        uint32 // 0: d.text; else d.lows[src-1]
	cls        wordClass
	word       bool
	cap        bool // a word starting with an upper-case letter
	acronym    bool // a word of two or more letters, all upper case
}

// qdoc is the state of one quote extraction: the text, its tokens, units,
// sentences, quotation spans and name mentions.
type qdoc struct {
	text    string
	lex     *quoteLexicon
	names   speakerNames
	french  bool // French words are known: "a" is an auxiliary, not an article
	english bool // the article is in English

	toks     []qtok
	units    []qunit
	sentOf   []int32 // sentence index of each token
	sents    []qsent
	spanOf   []int32 // outer span index + 1 of each token inside a span's marks, or 0
	spans    []qspan
	mentions []qmention
	mentAt   []int32          // mention index + 1 starting at each token (title included), or 0
	cues     []qcue           // the cues of the sentences read, see sentenceCues
	marks    []int            // bytes of the quotation marks of the text
	sorted   []int32          // mention indexes in text order
	lastHead map[string]int32 // the last mention with each last word, see fullest
	fuller   map[string]string
	// earlyReads counts the context reads done before a pronoun looks
	// back (see resolvePronoun); each one classifies every mention.
	earlyReads int
	lowBuf     []byte   // lower-case words of the unit being tokenized
	lows       []string // the lower-case words of each unit tokenized
}

// qdocs recycles the buffers of finished extractions.
var qdocs = sync.Pool{New: func() any { return new(qdoc) }}

// newQdoc returns an extraction state for text, its buffers recycled.
func newQdoc(text string, lex *quoteLexicon, names speakerNames) *qdoc {
	d := qdocs.Get().(*qdoc)
	*d = qdoc{text: text, lex: lex, names: names,
		toks: d.toks[:0], units: d.units[:0], sentOf: d.sentOf[:0], sents: d.sents[:0],
		spanOf: d.spanOf[:0], spans: d.spans[:0], mentions: d.mentions[:0], mentAt: d.mentAt[:0],
		cues: d.cues[:0], marks: d.marks[:0], sorted: d.sorted[:0], lastHead: d.lastHead,
		fuller: d.fuller, lowBuf: d.lowBuf[:0], lows: d.lows[:0]}
	clear(d.lows[:cap(d.lows)])
	clear(d.lastHead)
	clear(d.fuller)
	return d
}

// release gives d's buffers back for another extraction, unless they
// grew large.
func (d *qdoc) release() {
	if cap(d.toks) > 1<<16 || len(d.lastHead) > 1<<12 {
		return
	}
	d.text, d.names, d.lex = "", nil, nil
	qdocs.Put(d)
}

// qunit is one paragraph, quotation block or list line of the body.
type qunit struct {
	start, end int // bytes
	ws, we     int // bytes tokenized: the sentences around its quotation marks
	t0, t1     int // tokens, once tokenized
	para       bool
	tok        bool // tokenized
	prefix     bool // the text before ws has been read as context
}

// qsent is one sentence: a token range inside a unit, and its cues
// d.cues[c0:c1] once read (cued).
type qsent struct {
	t0, t1 int
	c0, c1 int
	cued   bool
}

// tokenize appends the tokens of text[start:end].
func (d *qdoc) tokenize(start, end int) {
	s := d.text
	for i := start; i < end; {
		if c := s[i]; c < utf8.RuneSelf && c != '&' {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
				i++
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				j := scanWord(s, i, end)
				d.addWord(i, j)
				i = j
			default:
				d.toks = append(d.toks, qtok{start: i, end: i + 1})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:end])
		switch {
		case quoteSpace(r):
			i += n
		case r == '&' && entitySpaceLen(s[i:end]) > 0:
			i += entitySpaceLen(s[i:end])
		case wordRune(r):
			j := scanWord(s, i, end)
			d.addWord(i, j)
			i = j
		default:
			d.toks = append(d.toks, qtok{start: i, end: i + n})
			i += n
		}
	}
}

// quoteSpace reports whether r separates tokens: white space, including
// no-break and narrow no-break spaces.
func quoteSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' }

// entitySpaceLen returns the length of a no-break space written as an
// HTML entity at the start of s ("&nbsp;"), or 0.
func entitySpaceLen(s string) int {
	for _, e := range []string{"&nbsp;", "&#160;", "&#xa0;", "&#8239;", "&#x202f;", "&thinsp;"} {
		if len(s) >= len(e) && strings.EqualFold(s[:len(e)], e) {
			return len(e)
		}
	}
	return 0
}

func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// with inner hyphens and apostrophes ("Jean-Marc", "a-t-il",
// "aujourd'hui").
func scanWord(s string, i, end int) int {
	for i < end {
		if c := s[i]; c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:end])
		if wordRune(r) {
			i += n
			continue
		}
		if r != '-' && r != '\'' && r != '’' && r != '\u2011' {
			return i
		}
		next, _ := utf8.DecodeRuneInString(s[i+n : end])
		if i+n >= end || !wordRune(next) {
			return i
		}
		i += n
	}
	return i
}

// elisions are the French words written with an apostrophe before the
// next word ("l'", "d'", "qu'"); they become tokens of their own.
var elisions = map[string]bool{"l": true, "d": true, "j": true, "m": true, "n": true, "s": true,
	"t": true, "c": true, "qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true}

// addWord appends the word s[i:j], split after an elided article or
// pronoun.
func (d *qdoc) addWord(i, j int) {
	w := d.text[i:j]
	k := apostropheAt(w)
	if k > 0 && k <= 6 && isElision(w[:k]) {
		_, n := utf8.DecodeRuneInString(w[k:])
		if i+k+n < j {
			d.toks = append(d.toks, d.wordTok(i, i+k+n, true))
			i += k + n
			k = apostropheAt(d.text[i:j])
		}
	}
	d.toks = append(d.toks, d.wordTok(i, j, k >= 0))
}

// isElision reports whether p, before an apostrophe, is an elided word
// in any case ("L", "qu").
func isElision(p string) bool {
	var b [8]byte
	if len(p) > len(b) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := p[k]
		if c >= utf8.RuneSelf {
			return elisions[strings.ToLower(p)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return elisions[string(b[:len(p)])]
}

// apostropheAt returns the offset of the first apostrophe in w, or -1.
func apostropheAt(w string) int {
	for k := 0; k < len(w); k++ {
		if w[k] == '\'' || w[k] == 0xe2 && k+2 < len(w) && w[k+1] == 0x80 && w[k+2] == 0x99 {
			return k
		}
	}
	return -1
}

func (d *qdoc) wordTok(i, j int, apos bool) qtok {
	t := qtok{start: i, end: j, word: true}
	if c := d.text[i]; c < utf8.RuneSelf {
		t.cap = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(d.text[i:j])
		t.cap = unicode.IsUpper(r)
	}
	d.setLower(&t, apos)
	if t.cap && j-i >= 2 {
		t.acronym = acronym(d.text[i:j])
	}
	return t
}

// acronym reports whether w has two letters or more, all upper case.
func acronym(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}

// setLower gives token t, about to be appended, its lower-case form: the
// word itself when it already is, else bytes of lowBuf that flushLower
// turns into a string.
func (d *qdoc) setLower(t *qtok, apos bool) {
	if isLowerWord(d.text[t.start:t.end], apos) {
		t.lo, t.hi = int32(t.start), int32(t.end)
		t.cls = d.lex.classesOf(d.text[t.start:t.end])
		return
	}
	lo := len(d.lowBuf)
	d.lowBuf = appendLower(d.lowBuf, d.text[t.start:t.end])
	t.lo, t.hi, t.src = int32(lo), int32(len(d.lowBuf)), uint32(len(d.lows)+1)
	t.cls = d.lex.classesOf(string(d.lowBuf[lo:]))
}

// flushLower turns lowBuf into the string the tokens just made point to.
func (d *qdoc) flushLower() {
	if len(d.lowBuf) > 0 {
		d.lows = append(d.lows, string(d.lowBuf))
		d.lowBuf = d.lowBuf[:0]
	}
}

// appendLower appends w in lower case, with a straight apostrophe, as
// strings.ToLower would write it.
func appendLower(b []byte, w string) []byte {
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// low returns token i in lower case, with a straight apostrophe.
func (d *qdoc) low(i int) string {
	if t := &d.toks[i]; t.word {
		if t.src == 0 {
			return d.text[t.lo:t.hi]
		}
		return d.lows[t.src-1][t.lo:t.hi]
	}
	return d.raw(i)
}

// lowerWord returns w in lower case with a straight apostrophe, without
// allocating when it already is.
func lowerWord(w string, apos bool) string {
	if isLowerWord(w, apos) {
		return w
	}
	if e, ok := elidedForms[w]; ok {
		return e
	}
	return string(appendLower(nil, w))
}

// isLowerWord reports whether w is in lower case, with no typographic
// apostrophe when apos tells it may hold one.
func isLowerWord(w string, apos bool) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			return false
		}
		if c >= utf8.RuneSelf {
			if hasUpper(w[k:]) {
				return false
			}
			break
		}
	}
	return !apos || !strings.Contains(w, "’")
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// elidedForms are the elided words written with a typographic
// apostrophe, in the form the lexicon uses.
var elidedForms = func() map[string]string {
	m := map[string]string{}
	for e := range elisions {
		m[e+"’"] = e + "'"
		m[strings.ToUpper(e[:1])+e[1:]+"’"] = e + "'"
		m[strings.ToUpper(e[:1])+e[1:]+"'"] = e + "'"
	}
	return m
}()

// raw returns token i as written.
func (d *qdoc) raw(i int) string { t := d.toks[i]; return d.text[t.start:t.end] }

// is reports whether token i exists and is the punctuation p.
func (d *qdoc) is(i int, p string) bool {
	return i >= 0 && i < len(d.toks) && !d.toks[i].word && d.raw(i) == p
}

// word reports whether token i exists and is a word.
func (d *qdoc) word(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].word }

// firstRune returns the first character of token i.
func (d *qdoc) firstRune(i int) rune {
	r, _ := utf8.DecodeRuneInString(d.raw(i))
	return r
}
