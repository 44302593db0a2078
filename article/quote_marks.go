package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads quotation marks on bytes, before any tokenizing: which
// paragraphs may hold a quotation, and which of their sentences to read.

// unitNeeded reports whether unit u may hold a quotation: a dash at its
// start, or quotation marks that do not all surround evident names.
func (d *qdoc) unitNeeded(u int) bool {
	un := &d.units[u]
	s := d.text[un.start:un.end]
	if strings.HasPrefix(s, "—") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "-") {
		return true
	}
	marks := d.marksIn(un.start, un.end)
	if len(marks) == 0 || d.onlyNames(marks) {
		return false
	}
	un.ws, un.we = d.window(un.start, un.end, marks)
	return true
}

// findMarks lists the byte offsets of the quotation marks of the text in
// increasing order, reading it with IndexByte for each byte that can
// start one (", the first byte of « and », that of “ ” „ ‹ ›).
func (d *qdoc) findMarks() {
	s := d.text
	for _, b := range [...]byte{'"', 0xc2, 0xe2} {
		for i := strings.IndexByte(s, b); i >= 0; {
			if markAt(s, i) {
				d.marks = append(d.marks, i)
			}
			j := strings.IndexByte(s[i+1:], b)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	slices.Sort(d.marks)
}

// markAt reports whether a quotation mark starts at byte i of s.
func markAt(s string, i int) bool {
	switch s[i] {
	case '"':
		return true
	case 0xc2:
		return i+1 < len(s) && (s[i+1] == 0xab || s[i+1] == 0xbb)
	case 0xe2:
		return i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] >= 0x9c && s[i+2] <= 0x9e || s[i+2] == 0xb9 || s[i+2] == 0xba)
	}
	return false
}

// marksIn returns the marks in bytes [start, end).
func (d *qdoc) marksIn(start, end int) []int {
	i, _ := slices.BinarySearch(d.marks, start)
	j, _ := slices.BinarySearch(d.marks, end)
	return d.marks[i:j]
}

// window returns the bytes of the sentences of [start, end) that hold its
// quotation marks: from the sentence of the first mark to the end of the
// sentence of the last one (the paragraph's end when a quotation stays
// open).
func (d *qdoc) window(start, end int, marks []int) (int, int) {
	open, straight := 0, 0
	for _, m := range marks {
		r, _ := utf8.DecodeRuneInString(d.text[m:])
		_, opens, closes := markOf(r)
		open += btoi(opens && r != '"') - btoi(closes && r != '"')
		straight += btoi(r == '"')
	}
	s := d.text[start:end]
	ws := start + sentenceStartBefore(s, marks[0]-start)
	if open != 0 || straight%2 == 1 {
		return ws, end
	}
	last := marks[len(marks)-1]
	_, n := utf8.DecodeRuneInString(d.text[last:])
	return ws, start + sentenceEndAfter(s, last+n-start)
}

// sentenceStartBefore returns where the sentence holding byte k of s
// starts: after the last ". ", "! ", "? " before it that is followed by
// a capital or a quotation mark.
func sentenceStartBefore(s string, k int) int {
	for j := k - 1; j > 0; j-- {
		if s[j] == ' ' && sentenceEndByte(s, j) && startsLikeSentence(s[j+1:]) {
			return j + 1
		}
	}
	return 0
}

// sentenceEndAfter returns the end of the sentence holding byte k of s.
func sentenceEndAfter(s string, k int) int {
	for j := k; j < len(s); j++ {
		if s[j] == ' ' && sentenceEndByte(s, j) && startsLikeSentence(s[j+1:]) {
			return j
		}
	}
	return len(s)
}

// sentenceEndByte reports whether the space at s[j] follows the end of a
// sentence: a period (not after an initial or a short title), ! ? or …
func sentenceEndByte(s string, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	switch r {
	case '!', '?', '…':
		return true
	case '.':
		k := j - 1
		for k > 0 && j-k < 12 && s[k-1] != ' ' && s[k-1] != 0xa0 {
			k--
		}
		w := s[k : j-1]
		return utf8.RuneCountInString(w) > 1 && !abbreviations[strings.ToLower(w)]
	}
	return false
}

// startsLikeSentence reports whether s starts with a capital, a digit, a
// quotation mark or a dash.
func startsLikeSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	f, opens, _ := markOf(r)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || f != markNone && opens || r == '—' || r == '–'
}

// onlyNames reports whether the marks pair into quotations of a few
// capitalised words («Mistral Large», “The Crown”) that no colon
// announces and no speech verb follows: such a paragraph holds no
// quotation and is not tokenized at all.
func (d *qdoc) onlyNames(marks []int) bool {
	if len(marks)%2 == 1 {
		return false
	}
	for k := 0; k < len(marks); k += 2 {
		o, c := marks[k], marks[k+1]
		r, n := utf8.DecodeRuneInString(d.text[o:])
		rc, nc := utf8.DecodeRuneInString(d.text[c:])
		if !(r == '«' && rc == '»' || r == '“' && rc == '”' || r == '‹' && rc == '›') {
			return false
		}
		if !titleWords(d.text[o+n:c]) || strings.HasSuffix(strings.TrimRight(d.text[:o], " \u00a0\u202f"), ":") ||
			d.attributedAfter(d.text[c+nc:]) {
			return false
		}
	}
	return true
}

// titleWords reports whether s is one to four capitalised words (small
// words aside) without sentence punctuation: a name or a title.
func titleWords(s string) bool {
	if strings.ContainsAny(s, ".!?,;:") {
		return false
	}
	words := 0
	for s != "" {
		s = strings.TrimLeftFunc(s, quoteSpace)
		if s == "" {
			break
		}
		k := strings.IndexFunc(s, quoteSpace)
		if k < 0 {
			k = len(s)
		}
		w := s[:k]
		s = s[k:]
		r, _ := utf8.DecodeRuneInString(w)
		if words++; words > 4 || !unicode.IsUpper(r) && !unicode.IsDigit(r) && (words == 1 || !qMinorWords[strings.ToLower(w)]) {
			return false
		}
	}
	return words > 0
}

// attributedAfter reports whether s, the text after a closing mark,
// starts with a comma and a word of attribution: an auxiliary, a speech
// verb, a source cue or a capitalised subject.
func (d *qdoc) attributedAfter(s string) bool {
	s = strings.TrimLeft(s, " \u00a0\u202f")
	if !strings.HasPrefix(s, ",") {
		return false
	}
	s = strings.TrimLeft(s[1:], " \u00a0\u202f")
	end := strings.IndexFunc(s, func(r rune) bool { return !wordRune(r) && r != '-' && r != '\'' && r != '’' })
	if end < 0 {
		end = len(s)
	}
	w := lowerWord(s[:end], true)
	base, _ := splitInversion(w)
	return w == "" || qAuxiliaries[base] || len(d.lex.verbs[base]) > 0 || len(d.lex.cues[w]) > 0 || qPronouns[w] ||
		startsLikeSentence(s)
}

// hasQuoteMark reports whether s holds one of « » “ ” „ " ‹ ›.
func hasQuoteMark(s string) bool {
	for _, b := range []byte{'"', 0xc2, 0xe2} {
		for i := 0; ; i++ {
			k := strings.IndexByte(s[i:], b)
			if k < 0 {
				break
			}
			if i += k; markAt(s, i) {
				return true
			}
		}
	}
	return false
}
