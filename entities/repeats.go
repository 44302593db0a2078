package entities

import (
	"cmp"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"
)

// maxRepeatWords bounds the length of the names addRepeats looks for.
const maxRepeatWords = 8

// addRepeats adds, as mentions, the other places where the text writes a
// name the tagger found elsewhere in it (text, cut into toks), word for
// word and with the same capitals: an article names one thing the same
// way throughout, and the tagger, seeing each sentence alone, can miss
// one of them. A place only counts when the name stands alone there, not
// inside a longer capitalised name; the longest name wins. ms is sorted
// by position on return.
func addRepeats(text string, toks []Token, ms []mention) []mention {
	names, longest := repeatNames(ms)
	if len(names) == 0 {
		return ms
	}
	covered := make([]bool, len(toks))
	for _, m := range ms {
		for i := tokenAt(toks, m.toks[0].Start); i <= tokenAt(toks, m.toks[len(m.toks)-1].Start); i++ {
			covered[i] = true
		}
	}
	var buf []byte
	for i := 0; i < len(toks); i++ {
		n, typ := matchRepeat(toks, covered, i, longest, names, &buf)
		if n == 0 {
			continue
		}
		ms = append(ms, mention{typ: typ, toks: toks[i : i+n : i+n], initial: opensSentence(text, toks, i)})
		i += n - 1
	}
	slices.SortStableFunc(ms, func(a, b mention) int { return cmp.Compare(a.start(), b.start()) })
	return ms
}

// repeatNames returns the names of ms, words joined by spaces, with the
// type most of their mentions have, and the most words a name has.
func repeatNames(ms []mention) (map[string]string, int) {
	index := map[string]int{} // name → its votes in votes
	var votes [][]typeVote
	var buf []byte
	longest := 0
	for _, m := range ms {
		if len(m.toks) > maxRepeatWords || !hasUpperOrDigit(m.toks[0].Text) {
			continue
		}
		buf = appendWords(buf[:0], m.toks)
		i, ok := index[string(buf)]
		if !ok {
			i = len(votes)
			index[string(buf)] = i
			votes = append(votes, nil)
		}
		votes[i] = addVote(votes[i], m.typ)
		longest = max(longest, len(m.toks))
	}
	names := make(map[string]string, len(index))
	for k, i := range index {
		names[k] = mostVoted(votes[i])
	}
	return names, longest
}

// typeVote counts the mentions of a name that have one type.
type typeVote struct {
	typ string
	n   int
}

// addVote counts one more mention of type typ in v.
func addVote(v []typeVote, typ string) []typeVote {
	for i := range v {
		if v[i].typ == typ {
			v[i].n++
			return v
		}
	}
	return append(v, typeVote{typ, 1})
}

// mostVoted returns the type of v with the most mentions, the first in
// alphabetical order on a tie.
func mostVoted(v []typeVote) string {
	best, most := "", 0
	for _, t := range v {
		if best == "" || t.n > most || t.n == most && t.typ < best {
			best, most = t.typ, t.n
		}
	}
	return best
}

// appendWords appends the texts of toks to b, joined by spaces (as
// strings.Join of mention.words), without a slice of words.
func appendWords(b []byte, toks []Token) []byte {
	for i, t := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t.Text...)
	}
	return b
}

// tokenAt returns the index of the token of toks (in increasing order of
// Start, as Tokenize gives them) that starts at offset start, found by
// halving instead of an index of every token.
func tokenAt(toks []Token, start int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
}

// matchRepeat returns the length and type of the longest name of names
// written at toks[i:], on tokens no mention covers, standing alone; 0
// when there is none. The words are joined in *buf, reused from call to
// call.
func matchRepeat(toks []Token, covered []bool, i, longest int, names map[string]string, buf *[]byte) (int, string) {
	if covered[i] || !hasUpperOrDigit(toks[i].Text) || i > 0 && capitalised(toks[i-1].Text) && !startsSentence(toks, i-1) {
		return 0, ""
	}
	b := (*buf)[:0]
	found, typ := 0, ""
	for n := 1; n <= longest && i+n <= len(toks) && !covered[i+n-1]; n++ {
		if n > 1 {
			b = append(b, ' ')
		}
		b = append(b, toks[i+n-1].Text...)
		t, ok := names[string(b)]
		if ok && (i+n == len(toks) || !capitalised(toks[i+n].Text)) {
			found, typ = n, t
		}
	}
	*buf = b
	return found, typ
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// startsSentence reports whether toks[i] is the first word of a sentence.
func startsSentence(toks []Token, i int) bool {
	if i == 0 {
		return true
	}
	w := toks[i-1].Text
	return w == "." || w == "!" || w == "?" || w == "…" || isOpening(w)
}

// opensSentence reports whether token i of toks, cut from text, opens a
// sentence as sentences cuts them: startsSentence, or the first token
// after a line break.
func opensSentence(text string, toks []Token, i int) bool {
	return startsSentence(toks, i) || hasNewline(text[toks[i-1].End:toks[i].Start])
}
