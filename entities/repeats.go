package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxRepeatWords bounds the length of the names addRepeats looks for.
const maxRepeatWords = 8

// addRepeats adds, as mentions, the other places where the text writes a
// name the tagger found elsewhere in it, word for word and with the same
// capitals: an article names one thing the same way throughout, and the
// tagger, seeing each sentence alone, can miss one of them. A place only
// counts when the name stands alone there, not inside a longer capitalised
// name; the longest name wins. ms is sorted by position on return.
func addRepeats(toks []Token, ms []mention) []mention {
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
		ms = append(ms, mention{typ: typ, toks: toks[i : i+n : i+n], initial: i == 0 || isOpening(toks[i-1].Text)})
		i += n - 1
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].start() < ms[b].start() })
	return ms
}

// repeatNames returns the names of ms, words joined by spaces, with the
// type most of their mentions have, and the most words a name has.
func repeatNames(ms []mention) (map[string]string, int) {
	votes := map[string]map[string]int{}
	longest := 0
	for _, m := range ms {
		if len(m.toks) > maxRepeatWords || !hasUpperOrDigit(m.toks[0].Text) {
			continue
		}
		k := strings.Join(m.words(), " ")
		if votes[k] == nil {
			votes[k] = map[string]int{}
		}
		votes[k][m.typ]++
		longest = max(longest, len(m.toks))
	}
	names := make(map[string]string, len(votes))
	for k, v := range votes {
		best := ""
		for typ, n := range v {
			if best == "" || n > v[best] || n == v[best] && typ < best {
				best = typ
			}
		}
		names[k] = best
	}
	return names, longest
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
