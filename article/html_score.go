package article

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// addText adds the text of one text node to run: its non-space bytes, its
// commas, and whether it ends a sentence so far. The bytes are counted
// through nonSpaceByte, without a branch per byte.
func addText(run *textRun, s string, inLink bool) {
	n := int32(nonSpaceBytes(s))
	if n == 0 {
		return
	}
	last := byte(0)
	for i := len(s) - 1; i >= 0; i-- {
		if nonSpaceByte[s[i]] != 0 {
			last = s[i]
			break
		}
	}
	run.text += n
	run.commas += int32(strings.Count(s, ","))
	if inLink {
		run.links += n
	}
	run.endsSentence = endsSentence(s, last)
}

// endsSentence reports whether text whose last non-space byte is last
// ends with sentence punctuation.
func endsSentence(s string, last byte) bool {
	switch last {
	case '.', '!', '?', ':', ';', '"', ')':
		return true
	}
	if last < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(trimRightSpace(s))
	switch r {
	case '…', '»', '”', '’', '。', '！', '？', '）':
		return true
	}
	return false
}

func trimRightSpace(s string) string {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n' || s[len(s)-1] == '\t' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

// Thresholds of the prose test, in non-space bytes.
const (
	// longRun is the length from which a run with few links is prose even
	// without sentence punctuation.
	longRun = 120
	// shortRun is the length under which a run is a label, not prose.
	shortRun = 30
)

// runScore weighs the text directly inside block n: prose counts for its
// length, link lists and labels against theirs. A run is prose when its
// text outside links is long, or ends a sentence, or has commas; links
// inside prose (names linked to their pages) count for nothing. It
// returns the score and the prose bytes.
func runScore(n *html.Node, r *textRun) (float32, int32) {
	if r.text == 0 {
		return 0, 0
	}
	plain := r.text - r.links
	switch {
	case isHeadingElement(n):
		return 0, 0
	case r.links*2 > r.text && plain < minProseInLinks:
		return -float32(r.text), 0
	case isListItem(n) || itemParagraph(n) || plain >= longRun || (plain >= shortRun && (r.endsSentence || r.commas > 0)):
		return float32(plain), plain
	}
	return -float32(r.text) / 2, 0
}

// minProseInLinks is the text outside links from which a run full of
// links still reads as prose.
const minProseInLinks = 80

func isHeadingElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func isListItem(n *html.Node) bool {
	return n.DataAtom == atom.Li || n.DataAtom == atom.Dd || n.DataAtom == atom.Td
}

// blockFlags returns the flags n, of class weight weight, has by itself;
// embeds remembers which class values name an embed.
func blockFlags(n *html.Node, weight int8, embeds valueMemo[bool]) uint8 {
	if n.Type != html.ElementNode {
		return 0
	}
	var f uint8
	if isHidden(n) {
		f |= infoHidden
	}
	if embedLike(n, embeds) {
		f |= infoEmbed
	}
	if n.DataAtom == atom.H1 || n.DataAtom == atom.Main || (weight >= 0 && bodyHint(n)) {
		f |= infoLandmark
	}
	if weight == -2 && consentDialog(n) {
		f |= infoConsent
	}
	return f
}

// embedLike reports whether n may hold an embedded post or media that an
// extractor claims: frames, quotations, figures and elements whose class
// names an embed, read through memo.
func embedLike(n *html.Node, memo valueMemo[bool]) bool {
	switch n.DataAtom {
	case atom.Iframe, atom.Blockquote, atom.Figure, atom.Video, atom.Embed, atom.Object, atom.Audio:
		return true
	}
	return hasEmbedClassIn(n, memo)
}

// boilerAtom reports whether elements of kind a hold page furniture, not
// article text: known when they may, surely when they do.
func boilerAtom(a atom.Atom) (surely, known bool) {
	switch a {
	case atom.Nav, atom.Footer, atom.Aside, atom.Dialog, atom.Menu:
		return true, true
	case atom.Form, atom.Header:
		return false, true
	}
	return false, false
}

// judge marks an element whose kind or class says boilerplate, and
// empties a hidden one. An element that holds the headline or the page's
// own article or main element, and prose, is a layout wrapper, whatever
// its class says ("has-sidebar"); a footer, navigation or side column
// stays furniture even when it holds a headline (a terms-of-service
// dialog's).
func (s *pageStats) judge(i int) {
	in := &s.infos[i]
	if in.flags&infoHidden != 0 {
		in.text, in.links, in.good, in.score, in.own, in.paras, in.commas = 0, 0, 0, 0, 0, 0, 0
		return
	}
	if in.flags&infoLandmark != 0 && in.paras >= 2 && !furniture(in.node) || in.node.DataAtom == atom.Body || in.node.DataAtom == atom.Html {
		return
	}
	surely, known := boilerAtom(in.node.DataAtom)
	toggle := in.node.DataAtom == atom.Button && expandable(in.node)
	if toggle {
		surely, known = false, false // an accordion's question
	}
	wrapper := in.weight < 0 && wrapsToggle(in.node) // a question's wrapper
	switch {
	case in.weight == -2 && !(toggle && asksQuestion(in.node)) && !wrapper || surely || authorBox(in.node):
		in.flags |= infoSurelyBoiler
	case in.weight == -1 && !wrapper || known:
		in.flags |= infoMaybeBoiler
	}
}

// maybeBoilerShare is the share of the page's prose above which an
// element that may be boilerplate is taken for the article ("paywall",
// "article-header" around the whole story).
const maybeBoilerShare = 0.5

// rescore sums the scores again, children before parents, turning the
// score of each boilerplate element against it, but by no more than its
// text that is not prose (links, labels): its prose is not the
// article's, but it is pruned from the container, so that a long comment
// thread does not push the container off the article it follows.
func (s *pageStats) rescore() {
	if len(s.infos) == 0 {
		return
	}
	s.clearLayoutWrappers()
	s.clearPartMarks()
	limit := maybeBoilerShare * float32(s.infos[0].good)
	for i := len(s.infos) - 1; i >= 0; i-- {
		in := &s.infos[i]
		sc := in.own
		for j := i + 1; j < int(in.end); j = int(s.infos[j].end) {
			sc += s.infos[j].score
		}
		surely := in.flags&infoSurelyBoiler != 0 && !(float32(in.good) > limit && mediaWrapper(in))
		if surely || in.flags&infoMaybeBoiler != 0 && float32(in.good) <= limit {
			in.flags |= infoBoiler
			sc = -min(abs32(sc), float32(max(in.text-in.good, 1)))
		}
		in.score = sc
	}
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
