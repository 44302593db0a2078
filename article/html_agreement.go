package article

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Many pages repeat their article in JSON-LD (articleBody). That text is
// not read as the article (it loses the structure, and some sites cut
// it or fill it with something else), but it says which part of the
// page is the article: the element whose text agrees with it. Each text
// run of the page is compared with the articleBody by word trigrams.

// Bounds of the articleBody agreement.
const (
	// minLDBody is the shortest articleBody, in bytes, taken as a hint.
	minLDBody = 400
	// ldFound is the share of the articleBody's text that the page must
	// show for the hint to hold: else the articleBody is not the page's
	// article.
	ldFound = 0.5
	// ldMissed is the share of the agreeing text that the container may
	// leave out before the agreeing element replaces it.
	ldMissed = 0.2
	// runAgrees is the share of a run's trigrams that must be in the
	// articleBody for the run to agree.
	runAgrees = 0.6
)

// ldAgreement holds, per info, the bytes of the subtree's text that
// agree with the articleBody.
type ldAgreement struct {
	agreed []int32
	total  int32 // the agreeing bytes of the whole page
}

// agreedRoot returns the element whose text agrees best with the page's
// articleBody when the container root leaves out much of the agreeing
// text, or holds more text that does not agree, else root.
func agreedRoot(c *Context, st *pageStats, root int) int {
	body, _ := jsonLDBody.Get(c)
	if len(body) < minLDBody {
		return root
	}
	ag := agreeWith(st, trigramSet(body))
	if float32(ag.total) < ldFound*float32(nonSpaceBytes(body)) {
		return root
	}
	best := ag.best(st)
	if float32(ag.agreed[root]) < (1-ldMissed)*float32(ag.total) || ag.narrower(st, root, best) {
		return best
	}
	return root
}

// narrower reports whether the agreeing element best, inside the
// container root, holds the article without the rest of root: it has
// most of the agreeing text in paragraphs of its own, while root has
// more text that does not agree than text that does. An articleBody cut
// to its first paragraph agrees with that paragraph alone, and is not
// taken.
func (ag *ldAgreement) narrower(st *pageStats, root, best int) bool {
	b, r := &st.infos[best], &st.infos[root]
	return best != root && st.contains(root, best) && b.paras >= 2 &&
		float32(ag.agreed[best]) >= (1-ldMissed)*float32(ag.total) && r.text-ag.agreed[root] > ag.agreed[root]
}

// best returns the element with the most agreeing text less the text
// that does not agree.
func (ag *ldAgreement) best(st *pageStats) int {
	best, bestV := 0, int32(-1<<30)
	for i := range st.infos {
		v := 2*ag.agreed[i] - st.infos[i].text
		if v > bestV {
			best, bestV = i, v
		}
	}
	return best
}

// agreeWith measures, for each info, its text that agrees with the
// trigrams of the articleBody.
func agreeWith(st *pageStats, set map[uint64]struct{}) *ldAgreement {
	ag := &ldAgreement{agreed: make([]int32, len(st.infos))}
	var tk trigrams
	for i := range st.infos {
		in := &st.infos[i]
		if in.flags&infoHidden != 0 || in.text == 0 {
			continue
		}
		tk.reset()
		bytes := ownRunText(in.node, &tk)
		tk.endWord()
		if tk.count > 0 && float32(tk.found(set)) >= runAgrees*float32(tk.count) {
			ag.agreed[i] = bytes
		}
	}
	for i := len(st.infos) - 1; i >= 0; i-- {
		for j := i + 1; j < int(st.infos[i].end); j = int(st.infos[j].end) {
			ag.agreed[i] += ag.agreed[j]
		}
	}
	ag.total = ag.agreed[0]
	return ag
}

// ownRunText feeds the text directly inside block n (not inside a nested
// block) to tk and returns its non-space bytes.
func ownRunText(n *html.Node, tk *trigrams) int32 {
	var bytes int32
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode:
			tk.add(ch.Data)
			bytes += int32(nonSpaceBytes(ch.Data))
		case ch.Type == html.ElementNode && inlineSet.has(ch.DataAtom) && !isHidden(ch):
			bytes += ownRunText(ch, tk)
		}
	}
	return bytes
}

// trigramSet returns the hashes of the word trigrams of s.
func trigramSet(s string) map[uint64]struct{} {
	var tk trigrams
	tk.keep = make(map[uint64]struct{}, len(s)/6)
	tk.add(s)
	tk.endWord()
	return tk.keep
}

// trigrams hashes the word trigrams of the text it is given, word by
// word: words are runs of letters and digits, lowercased.
type trigrams struct {
	prev  [2]uint64 // hashes of the two words before
	words int
	word  uint64 // hash of the word being read
	inW   bool
	count int
	keep  map[uint64]struct{} // when set, the trigrams are kept
	seen  []uint64
}

// asciiWordFold gives, for each ASCII byte, what trigrams reads of it in
// a word: a letter lowercased, a digit as it is; 0 for the others, which
// end words.
var asciiWordFold = func() (t [utf8.RuneSelf]byte) {
	t = titleKeyByte
	t['\''] = 0
	return t
}()

func (t *trigrams) reset() {
	t.words, t.word, t.inW, t.count, t.seen = 0, 0, false, 0, t.seen[:0]
}

// add feeds s. An ASCII byte is read through asciiWordFold, without the
// Unicode tables.
func (t *trigrams) add(s string) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if f := asciiWordFold[c]; f != 0 {
				t.word = (t.word ^ uint64(f)) * 1099511628211
				t.inW = true
			} else {
				t.endWord()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t.word = (t.word ^ uint64(unicode.ToLower(r))) * 1099511628211
			t.inW = true
			continue
		}
		t.endWord()
	}
}

// endWord closes the word being read, if any, and records the trigram it
// ends.
func (t *trigrams) endWord() {
	if !t.inW {
		return
	}
	w := t.word
	t.word, t.inW = 0, false
	t.words++
	if t.words >= 3 {
		h := t.prev[0]*31*31 + t.prev[1]*31 + w
		t.count++
		if t.keep != nil {
			t.keep[h] = struct{}{}
		} else {
			t.seen = append(t.seen, h)
		}
	}
	t.prev[0], t.prev[1] = t.prev[1], w
}

// found returns how many of the trigrams seen are in set.
func (t *trigrams) found(set map[uint64]struct{}) int {
	n := 0
	for _, h := range t.seen {
		if _, ok := set[h]; ok {
			n++
		}
	}
	return n
}

// nonSpaceBytes counts the bytes of s that are not ASCII white space.
func nonSpaceBytes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n += int(nonSpaceByte[s[i]])
	}
	return n
}

// nonSpaceByte is 1 at the bytes that are not ASCII white space, for a
// count without a branch per byte.
var nonSpaceByte = func() (t [256]uint8) {
	for i := range t {
		t[i] = 1
	}
	for _, c := range []byte(" \n\t\r\f") {
		t[c] = 0
	}
	return t
}()

// nonSpaceBytesOver counts the bytes of s that are not ASCII white space
// while they are at most limit: past it, it stops early and returns some
// count above limit, so that a long text costs no more than limit bytes'
// reading to a caller that only wants to know it is too long.
func nonSpaceBytesOver(s string, limit int) int {
	n := 0
	for len(s) > 0 && n <= limit {
		k := min(len(s), limit-n+1)
		n += nonSpaceBytes(s[:k])
		s = s[k:]
	}
	return n
}
