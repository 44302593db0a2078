package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is an entity found in the text: its type, words and offsets.
type mention struct {
	typ     string
	toks    []Token // offsets in the text
	initial bool    // first word of its sentence
}

func (m mention) start() int           { return m.toks[0].Start }
func (m mention) end() int             { return m.toks[len(m.toks)-1].End }
func (m mention) text(s string) string { return s[m.start():m.end()] }

// words returns the words of m.
func (m mention) words() []string {
	out := make([]string, len(m.toks))
	for i, t := range m.toks {
		out[i] = t.Text
	}
	return out
}

// maxSentenceTokens bounds the sentences tagged at once.
const maxSentenceTokens = 200

// sentences cuts toks into sentences: after ".", "!", "?" and "…", at line
// breaks, and every maxSentenceTokens tokens.
func sentences(text string, toks []Token) [][]Token {
	var out [][]Token
	start := 0
	for i, t := range toks {
		end := i + 1
		brk := end == len(toks) || end-start >= maxSentenceTokens ||
			hasNewline(text[t.End:toks[end].Start]) ||
			(t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…") && !closing(toks[end].Text)
		if brk {
			out = append(out, toks[start:end])
			start = end
		}
	}
	return out
}

// hasNewline reports whether s holds a line break: the gap between two
// tokens, mostly a space or nothing, read without a call to IndexByte.
func hasNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// cellSpans cuts the spans that cross a separator into the pieces
// between them: a tab (our text puts tabs between a table's cells), a bar
// or a dash with spaces around it (a title's parts, "Name | Tour |
// Show"), the word "or" ("Fusion or Blender", French "ou"), and a colon ("Acme
// Advisors: Acme"), except inside a work's title (MISC) that goes on
// after it ("Star Wars: The Last Jedi", not "Restriction: You"). A name
// never runs across one. The sentence is still tagged whole, so each
// piece keeps its neighbours as context; clean trims the separators left
// at a piece's ends and drops a piece that is only "or". The pieces are
// appended to out, a buffer reused from sentence to sentence.
func cellSpans(out, spans []Span, sent []Token, text string) []Span {
	if len(sent) == 0 || !strings.ContainsAny(text[sent[0].Start:sent[len(sent)-1].End], "\t|–—-:or") {
		return append(out, spans...)
	}
	for _, sp := range spans {
		from := sp.Start
		for i := sp.Start + 1; i < sp.End; i++ {
			if separates(sent, i, text, sp.Type != TypeMISC || sp.End-i < 2) {
				out = append(out, Span{Type: sp.Type, Start: from, End: i})
				from = i
			}
		}
		out = append(out, Span{Type: sp.Type, Start: from, End: sp.End})
	}
	return out
}

// separates reports whether a name cannot run on from token i-1 to token
// i: a tab between them, either of them is "or" (or French "ou"), or token i-1 is a bar, a
// spaced dash, or (with colons) a colon.
func separates(sent []Token, i int, text string, colons bool) bool {
	if strings.IndexByte(text[sent[i-1].End:sent[i].Start], '\t') >= 0 || orWord(sent[i-1].Text) || orWord(sent[i].Text) {
		return true
	}
	if i < 2 {
		return false
	}
	switch sent[i-1].Text {
	case "|":
		return true
	case ":":
		return colons
	case "–", "—", "-":
		return sent[i-2].End < sent[i-1].Start && sent[i-1].End < sent[i].Start
	}
	return false
}

// prevWord returns the word before index i of words, or "" for the
// first.
func prevWord(words []string, i int) string {
	if i == 0 {
		return ""
	}
	return words[i-1]
}

// orWord reports whether w is "or", in English or French ("ou"), which
// lists names but never sits inside one.
func orWord(w string) bool { return w == "or" || w == "ou" }

func closing(w string) bool { return w == "»" || w == "\"" || w == "”" || w == ")" }

// mentions tags text, cut into toks by Tokenize, and returns its entity
// mentions, without the junk.
func (t *Tagger) mentions(text string, toks []Token) []mention {
	var out []mention
	words := make([]string, 0, maxSentenceTokens)
	idx := make([]int, 0, maxSentenceTokens)
	var tagged, cells []Span // reused from sentence to sentence
	st := t.states.get()
	defer t.states.put(st)
	for _, sent := range sentences(text, toks) {
		words = words[:0]
		for _, tk := range sent {
			words = append(words, tk.Text)
		}
		idx = t.tagIndicesIn(st, words, idx[:0])
		tagged = appendSpans(tagged[:0], idx)
		cells = cellSpans(cells[:0], tagged, sent, text)
		spans := t.splitAtLowerWords(cells, sent)
		for _, sp := range spans {
			prev := prevWord(words, sp.Start)
			m := mention{typ: sp.Type, toks: sent[sp.Start:sp.End:sp.End],
				initial: sp.Start == 0 || isOpening(prev)}
			m = honorific(m, honorifics[prev])
			if m, ok := t.clean(m, text); ok {
				if m, ok = cutLeadWord(m); !ok {
					continue
				}
				if m, ok = cutGermanLead(m); !ok || timeNoun(m, nextAt(words, sp.End, m, sent[sp.End-1])) {
					continue
				}
				before := prevAt(prev, m, sent[sp.Start]) // cutTrailingRole keeps m's start
				if unitMention(m, before) {
					continue
				}
				m = cutTrailingRole(m)
				m.typ = t.placeType(m)
				m.typ = t.regionType(m, sp, spans, sent, words)
				m.typ = stormType(m, prev)
				m.typ = facilityType(m)
				m.typ = companyType(m, before)
				if m.start() == sent[sp.Start].Start {
					m.typ = cueType(m, words[:sp.Start])
				}
				if m.typ == TypePER && t.afterNationalityNoun(words[:sp.Start]) {
					m.typ = TypeORG
				}
				out = append(out, m)
			}
		}
	}
	return t.dropInitialWords(out, text)
}

// placeType returns LOC for a mention that names a country or a continent
// whole, which the corpus convention (CoNLL-2003) keeps a place even when
// it acts ("l'Europe doit faire face", "France signed"), else m's type.
func (t *Tagger) placeType(m mention) string {
	if m.typ == TypeLOC || m.typ == TypePER {
		return m.typ
	}
	words := m.words()
	if t.gaz.classes(words)&gCountry != 0 || inLowerWords(continents, words) {
		return TypeLOC
	}
	return m.typ
}

// afterNationalityNoun reports whether before, the words ahead of a name,
// end with a French article and a nationality written in lower case:
// "l'allemand Aleph Alpha", "le chinois Huawei". French capitalises a
// nationality that names a person ("l'Allemand Boris Becker"); in lower
// case it stands for the company or group left unsaid.
func (t *Tagger) afterNationalityNoun(before []string) bool {
	n := len(before)
	if n < 2 || !inLower(frenchArticles, before[n-2]) {
		return false
	}
	w := before[n-1]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && t.gaz.wordOf(w)&gDemonym != 0
}

// frenchArticles are the articles before a nationality used as a noun.
var frenchArticles = map[string]bool{"l'": true, "l’": true, "le": true, "la": true, "les": true}

// continents are the names of the continents, in French and English,
// and in German, Spanish and Italian, whose "Europa" the tagger reads as
// a work or a brand.
var continents = map[string]bool{
	"europe": true, "afrique": true, "africa": true, "asie": true, "asia": true, "amérique": true,
	"america": true, "océanie": true, "oceania": true, "antarctique": true, "antarctica": true,
	"amérique du nord": true, "north america": true, "amérique du sud": true, "south america": true,
	"amérique latine": true, "latin america": true, "eurasie": true, "eurasia": true,
	"europa": true, "afrika": true, "asien": true, "amerika": true, "ozeanien": true, "antarktis": true,
	"nordamerika": true, "südamerika": true, "lateinamerika": true, "eurasien": true,
	"áfrica": true, "américa": true, "oceanía": true, "antártida": true, "antartide": true,
}

// honorifics are the titles that only come before a person's name; they
// stay outside the name.
var honorifics = map[string]bool{
	"M.": true, "MM.": true, "Mme": true, "Mmes": true, "Mlle": true, "Me": true, "Dr": true, "Dr.": true,
	"Pr": true, "Pr.": true, "Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true,
}

// honorific drops the titles that start m and makes it a person when it
// had one, or when one comes just before it (after).
func honorific(m mention, after bool) mention {
	for len(m.toks) > 1 && honorifics[m.toks[0].Text] {
		m.toks, after = m.toks[1:], true
	}
	if after {
		m.typ = TypePER
	}
	return m
}

// labelTypes are the types of the labels B-X and I-X, by (index-1)/2.
var labelTypes = [...]string{TypePER, TypeORG, TypeLOC, TypeMISC}

// spansOf returns the entities of label indices, as Spans would return
// them for the tags, without making the tags.
func spansOf(idx []int) []Span { return appendSpans(nil, idx) }

// appendSpans appends spansOf(idx) to out.
func appendSpans(out []Span, idx []int) []Span {
	for i := 0; i < len(idx); {
		k := idx[i]
		if k == 0 {
			i++
			continue
		}
		inside := k + k%2 // I-X for both B-X and I-X
		j := i + 1
		for j < len(idx) && idx[j] == inside {
			j++
		}
		out = append(out, Span{Start: i, End: j, Type: labelTypes[(k-1)/2]})
		i = j
	}
	return out
}

// clean trims punctuation around m and rejects the mentions that are
// never entities: handles (linked later), lower-case words, numbers
// without a letter ("20+", "2024"), times of day ("01h53", "3.30pm"),
// single letters apart by marks ("N/A"), acronyms and words that are
// not names ("IA", "PDG", "Tl;dr", months), runs of a repeated button
// ("Book Now *Book Now *Book Now"). A bracket left open at the end is cut
// off.
func (t *Tagger) clean(m mention, text string) (mention, bool) {
	for len(m.toks) > 0 && !hasLetterOrDigit(m.toks[0].Text) {
		m.toks = m.toks[1:]
	}
	for len(m.toks) > 0 && !hasLetterOrDigit(m.toks[len(m.toks)-1].Text) {
		m.toks = m.toks[:len(m.toks)-1]
	}
	m.toks = cutUnclosed(m.toks)
	if len(m.toks) == 0 || strings.HasPrefix(m.toks[0].Text, "@") || strings.HasPrefix(m.toks[0].Text, "#") || lettersOnly(m.toks) || clockOnly(m.toks) || repeatedRun(m.toks) {
		return m, false
	}
	for _, tk := range m.toks {
		if strings.Contains(tk.Text, "://") || strings.HasPrefix(tk.Text, "www.") {
			return m, false
		}
	}
	if s := m.text(text); !hasUpperOrDigit(s) || !hasLetter(s) || t.notName(m.toks) {
		return m, false
	}
	return m, true
}

// cutUnclosed cuts toks before an opening bracket that is not closed
// inside them: "Foster School of Business (Washington" is the school,
// "Parti socialiste (PS)" stays whole.
func cutUnclosed(toks []Token) []Token {
	open := -1
	for i, tk := range toks {
		switch tk.Text {
		case "(", "[":
			if open < 0 {
				open = i
			}
		case ")", "]":
			open = -1
		}
	}
	if open < 0 {
		return toks
	}
	toks = toks[:open]
	for len(toks) > 0 && !hasLetterOrDigit(toks[len(toks)-1].Text) {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// lettersOnly reports whether a mention is two or more single letters
// apart by marks, as in "N/A" or "A/B": an abbreviation, not a name.
func lettersOnly(toks []Token) bool {
	n := 0
	for _, tk := range toks {
		if hasLetterOrDigit(tk.Text) {
			if utf8.RuneCountInString(tk.Text) > 1 {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// notName reports whether every word of a mention is a known non-name.
func (t *Tagger) notName(toks []Token) bool {
	for _, tk := range toks {
		if w := tk.Text; hasLetterOrDigit(w) && !t.nonName(w) {
			return false
		}
	}
	return true
}

// dropInitialWords removes the one-word mentions at the start of a
// sentence that are common words ("Cette", "Malgré", "However") unless
// the word is a known name or is capitalised elsewhere in the text, or
// whose only name readings are weak ("Yes", "Key": weakNameWord) unless a
// longer name of the text holds them too; and the longer ones that are a
// heading's common words (headingPhrase) at a sentence's or a table
// cell's start, unless the text writes them capitalised inside a
// sentence too.
func (t *Tagger) dropInitialWords(ms []mention, text string) []mention {
	inside := make(map[string]bool, len(ms))
	for _, m := range ms {
		if !m.initial && !opensCell(text, m.start()) {
			inside[m.text(text)] = true
		}
	}
	inNames := nameWords(ms)
	out := ms[:0]
	for _, m := range ms {
		if w := m.toks[0].Text; m.initial && len(m.toks) == 1 && !inside[w] {
			c := t.gaz.wordOf(w)
			if c&(gFrWord|gEnWord) != 0 && c&nameClasses == 0 {
				continue
			}
			if t.weakNameWord(w) && !inNames[w] {
				continue
			}
		}
		if len(m.toks) > 1 && (m.initial || opensCell(text, m.start())) && !inside[m.text(text)] && t.headingPhrase(m, text) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// nameClasses are the gazetteer classes of names.
const nameClasses = gFirst | gSurname | gPropn | gEnName | gCountry | gCity | gDemonym

func hasLetterOrDigit(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func hasLetter(w string) bool { return strings.IndexFunc(w, unicode.IsLetter) >= 0 }

// hasUpperOrDigit reports whether w holds a capital letter or a digit;
// its ASCII part is read byte by byte.
func hasUpperOrDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf {
			return strings.IndexFunc(w[i:], func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) >= 0
		} else if 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}

// isAcronym reports whether w is 2 to 6 capital letters.
func isAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 6 && isUpperWord(w)
}
