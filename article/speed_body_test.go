package article

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The body reader's faster forms must give what the plain forms they
// replace gave: these tests hold the plain forms and compare, on random
// texts and pages.

// bodyFragments are the pieces of the random texts of these tests: white
// space of every kind, capitals that lower-case to other lengths, bytes
// that are not UTF-8, and the words the line tests look for.
var bodyFragments = []string{
	" ", "  ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u0085", "\u2003", "\u202f",
	"A", "b", "Z", ",", ".", "!", "?", "»", "…", "İ", "Σ", "ẞ", "Ⱥ", "é", "\u212a", "\xff", "\xe2\x80", "\ufffd",
	"back", "to", "top", "image", "photo", "of", "sur", "2", "10", "Back To", "IMAGE", "٣", "ǅ", "'", "-", "\u3000", "中",
}

// randomBodyText joins up to n random fragments.
func randomBodyText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range rng.IntN(n + 1) {
		b.WriteString(bodyFragments[rng.IntN(len(bodyFragments))])
	}
	return b.String()
}

// plainFoldText is foldText as strings.ToLower, strings.Fields and
// strings.Join give it.
func plainFoldText(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func TestFoldTextAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 1))
	for range 20000 {
		s := randomBodyText(rng, 12)
		assert.Equal(t, plainFoldText(s), foldText(s), "%q", s)
	}
}

// plainAddText is addText counting byte by byte.
func plainAddText(run *textRun, s string, inLink bool) {
	n, commas := int32(0), int32(0)
	last := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case ' ', '\n', '\t', '\r', '\f':
			continue
		case ',':
			commas++
		}
		n++
		last = c
	}
	if n == 0 {
		return
	}
	run.text += n
	run.commas += commas
	if inLink {
		run.links += n
	}
	run.endsSentence = endsSentence(s, last)
}

func TestAddTextAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 2))
	var fast, plain textRun
	for range 20000 {
		s, inLink := randomBodyText(rng, 6), rng.IntN(2) == 0
		addText(&fast, s, inLink)
		plainAddText(&plain, s, inLink)
		require.Equal(t, plain, fast, "%q", s)
	}
}

// plainBackLink and plainImageCounter are backLink and imageCounter
// splitting every line.
func plainBackLink(k string) bool {
	f := strings.Fields(k)
	return len(f) == maxBackLinkWords && f[0] == "back" && f[1] == "to" && !strings.ContainsAny(k, ".!?")
}

func plainImageCounter(k string) bool {
	f := strings.Fields(k)
	return len(f) == 4 && (f[0] == "image" || f[0] == "photo") && (f[2] == "of" || f[2] == "sur") && isDigits(f[1]) && isDigits(f[3])
}

func TestLineTestsAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 3))
	for _, k := range []string{"back to top", "image 2 of 10", "photo 1 sur 2", "back to the top"} {
		assert.Equal(t, plainBackLink(k), backLink(k), k)
		assert.Equal(t, plainImageCounter(k), imageCounter(k), k)
	}
	for range 20000 {
		s := randomBodyText(rng, 8)
		for _, k := range []string{s, lineKey(s)} {
			assert.Equal(t, plainBackLink(k), backLink(k), "%q", k)
			assert.Equal(t, plainImageCounter(k), imageCounter(k), "%q", k)
		}
		l := &foldedLine{text: s}
		assert.Equal(t, lineKey(s), l.key(), "%q", s)
		assert.Equal(t, lineKey(s), l.key(), "%q", s)
	}
}

func TestBoilerAtomAgrees(t *testing.T) {
	plain := map[atom.Atom]bool{
		atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Dialog: true,
		atom.Menu: true, atom.Form: false, atom.Header: false,
	}
	for _, name := range []string{"nav", "footer", "aside", "dialog", "menu", "form", "header", "div", "section", "main", "article", "p", "ul", "button"} {
		a := atom.Lookup([]byte(name))
		surely, known := plain[a]
		gotSurely, gotKnown := boilerAtom(a)
		assert.Equal(t, surely, gotSurely, name)
		assert.Equal(t, known, gotKnown, name)
	}
}

// TestTeaserRunTextBound checks what teaserRun relies on to skip
// teaserSize: an element whose visible text is longer than a teaser's
// holds more text still, and teaserSize finds it too long; and that the
// teaserCache gives the sizes teaserSize gives.
func TestTeaserRunTextBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 4))
	pieces := []string{
		`<div class="card"><h3><a href="/x">Title</a></h3><p>%s</p></div>`,
		`<div class="box" hidden><p>%s</p></div>`,
		`<section class="teaser"><p>%s <a href="/y">%s</a></p></section>`,
		`<li class="item"><span style="display:none">%s</span>%s</li>`,
		`<article class="post"><script>%s</script><p>%s</p></article>`,
	}
	long := strings.Repeat("word, ", 40)
	checked := 0
	for range 300 {
		var b strings.Builder
		b.WriteString("<html><body><div class=\"list\">")
		for range 1 + rng.IntN(12) {
			p := pieces[rng.IntN(len(pieces))]
			var args []string
			for range strings.Count(p, "%s") {
				args = append(args, []string{"short text", long, randomBodyText(rng, 30)}[rng.IntN(3)])
			}
			b.WriteString(fillPieces(p, args))
		}
		b.WriteString("</div></body></html>")
		doc, err := html.Parse(strings.NewReader(b.String()))
		require.NoError(t, err)
		st := collectStats(doc, 0, false)
		tc := &teaserCache{sizes: map[*html.Node]int{}}
		for i := range st.infos {
			if st.infos[i].text > maxTeaserBox {
				checked++
				assert.Zero(t, teaserSize(st.infos[i].node))
			}
		}
		for range 2 { // the cache measures each element once, as teaserSize does
			for d := range descendants(doc) {
				require.Equal(t, teaserSize(d), tc.size(d))
			}
		}
	}
	assert.Positive(t, checked)
}

// fillPieces fills the %s of p with args in turn.
func fillPieces(p string, args []string) string {
	for _, a := range args {
		p = strings.Replace(p, "%s", a, 1)
	}
	return p
}

// plainWordsKey is wordsKey as strings.ToLower, strings.FieldsFunc and
// strings.Join give it.
func plainWordsKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func TestWordsKeyAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 5))
	for range 20000 {
		s := randomBodyText(rng, 12)
		assert.Equal(t, plainWordsKey(s), wordsKey(s), "%q", s)
	}
}

// plainTrigramsAdd is trigrams.add reading every rune through the
// Unicode tables.
func plainTrigramsAdd(t *trigrams, s string) {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t.word = (t.word ^ uint64(unicode.ToLower(r))) * 1099511628211
			t.inW = true
			continue
		}
		t.endWord()
	}
}

func TestTrigramsAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 6))
	for range 5000 {
		var fast, plain trigrams
		for range 1 + rng.IntN(4) {
			s := randomBodyText(rng, 10)
			fast.add(s)
			plainTrigramsAdd(&plain, s)
		}
		fast.endWord()
		plain.endWord()
		require.Equal(t, plain, fast)
	}
}

// plainSameText is sameText as strings.Fields and strings.Trim give it.
func plainSameText(text, desc string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(foldText(text)) {
		have[strings.Trim(w, punctuation)] = true
	}
	descWords := strings.Fields(foldText(desc))
	found := 0
	for _, w := range descWords {
		if have[strings.Trim(w, punctuation)] {
			found++
		}
	}
	return len(descWords) > 0 && found*10 >= len(descWords)*8
}

// sameTextFragments are the pieces of the random texts of
// TestSameTextSameAsPlain: words, punctuation of the cut set at word
// ends, white space of every kind.
var sameTextFragments = []string{
	" ", "  ", "\t", "\n", "\u00a0", "\u2003", "council", "Council", "plan", "PLAN", "vélo", "VÉLO", "the", "cycling",
	".", ",", "«", "»", "“", "”", "’", "'", "-", "—", "…", "(", ")", "\xff", "İ", "\u212a",
}

func TestSameTextSameAsPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 9))
	text := func() string {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(sameTextFragments[rng.IntN(len(sameTextFragments))])
		}
		return b.String()
	}
	for range 5000 {
		body, desc := text(), text()
		if rng.IntN(3) == 0 {
			body = desc + text()
		}
		doc, err := html.Parse(strings.NewReader("<p>" + html.EscapeString(body) + "</p>"))
		require.NoError(t, err)
		p := elementsUnder(doc, atom.P)[0]
		d := desc + strings.Repeat(" council", minStandfirst)
		in := &nodeInfo{node: p, text: int32(len(d))}
		assert.Equal(t, plainSameText(nodeText(p), d), sameText(in, d), "body %q desc %q", body, d)
	}
}
