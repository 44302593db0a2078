package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Client-rendered pages send a skeleton: the markup holds a header and
// a few words, and the article travels in a script for the browser to
// render — the JSON-LD articleBody, a framework's state (Next.js
// __NEXT_DATA__, Nuxt's __NUXT_DATA__, a window.__STATE__ = {...}
// assignment, any application/json script) or Next.js's streamed React
// rows (self.__next_f.push). When the body read from the markup is empty
// or very short, readScriptBody looks for the article there: HTML
// strings, plain-text body fields, rich-text node arrays and React
// element trees, read into blocks (script_payload.go, script_richtext.go,
// script_devalue.go, script_flight.go, script_flight_tree.go,
// script_blocks.go). A payload holds menus and teasers too: a candidate
// is taken only when it agrees with the page's metadata (an object that
// names the page's title holds it, an <h1> of the tree repeats the
// title, or it holds most of the description), and is long enough to be
// an article. A window.__NUXT__ written as a JavaScript function is not
// read.

// Bounds of the script fallback.
const (
	// maxShortBody is the longest body, in bytes of text, that the
	// fallback replaces: a longer body was read from the markup.
	maxShortBody = 200
	// minScriptBody is the least text, in bytes, of a body taken from a
	// script.
	minScriptBody = 400
	// scriptBodyGain is how many times the markup's body the script's body
	// must hold.
	scriptBodyGain = 3
	// maxScriptBytes bounds the script text read on one page.
	maxScriptBytes = 16 << 20
	// maxPayloadNodes bounds the JSON values walked on one page.
	maxPayloadNodes = 1 << 20
	// maxPayloadDepth bounds the nesting walked in one payload.
	maxPayloadDepth = 96
	// descAgrees is the share of the description's word trigrams that a
	// candidate must hold to agree with it.
	descAgrees = 0.5
)

// scriptCandidate is one body found in a script: its blocks, its text in
// bytes, and whether the payload ties it to the page's title.
type scriptCandidate struct {
	blocks []Block
	text   int
	titled bool
}

// scriptHints is what a candidate is checked against: the page's title,
// folded, and the trigrams of its description.
type scriptHints struct {
	title string
	desc  map[uint64]struct{}
}

// readScriptBody replaces the blocks from start with a body read from
// the page's scripts, when the markup gave none or very little and a
// script holds an article that agrees with the page's metadata.
func readScriptBody(c *Context, start int) {
	short := blocksText(c.blocks[start:]) + len(c.article.Standfirst)
	if short > maxShortBody || c.doc == nil || skipsScriptBody(c) {
		return
	}
	h := newScriptHints(c)
	best := ldBodyCandidate(c, h)
	for _, cand := range scriptCandidates(c.doc, h, c.cfg.Limits.MaxDepth) {
		if cand.agrees(h) && cand.text > best.text {
			best = cand
		}
	}
	if best.text < minScriptBody || best.text < scriptBodyGain*short {
		return
	}
	c.blocks = c.blocks[:start]
	for _, b := range dropTitleBlocks(best.blocks, h.title, c.article.Standfirst) {
		c.AddBlock(b)
	}
}

// skipsScriptBody reports whether the page says it is a product, a
// shop's collection or a service: its script state then describes the
// shop, not an article.
func skipsScriptBody(c *Context) bool {
	switch c.article.PageType {
	case PageTypeProduct, PageTypeCollection, PageTypeService:
		return true
	}
	d, _ := declaredPageTypes.Get(c)
	switch ldPageType(d.ld) {
	case PageTypeProduct, PageTypeCollection, PageTypeService:
		return true
	}
	return strings.HasPrefix(d.ogType, "product")
}

// newScriptHints gathers the page's title and description.
func newScriptHints(c *Context) scriptHints {
	h := scriptHints{title: foldText(c.article.Title)}
	if d, _ := metaDescription.Get(c); len(d) >= 40 {
		h.desc = trigramSet(d)
	}
	return h
}

// agrees reports whether the candidate is tied to the page's title, or
// holds most of its description.
func (sc scriptCandidate) agrees(h scriptHints) bool {
	if sc.titled {
		return true
	}
	if len(h.desc) < 3 {
		return false
	}
	var tk trigrams
	for _, b := range sc.blocks {
		tk.add(b.Text)
		tk.endWord()
		for _, it := range b.Items {
			tk.add(it)
			tk.endWord()
		}
	}
	seen := make(map[uint64]struct{}, len(tk.seen))
	for _, x := range tk.seen {
		seen[x] = struct{}{}
	}
	found := 0
	for x := range h.desc {
		if _, ok := seen[x]; ok {
			found++
		}
	}
	return float32(found) >= descAgrees*float32(len(h.desc))
}

// ldBodyCandidate returns the JSON-LD articleBody as a candidate: the
// page's own statement of its article, read as paragraphs.
func ldBodyCandidate(c *Context, h scriptHints) scriptCandidate {
	body, _ := jsonLDBody.Get(c)
	if len(body) < minScriptBody {
		return scriptCandidate{}
	}
	cand := scriptCandidate{titled: true}
	for _, p := range descriptionParagraphs(body) {
		cand.add(Block{Kind: BlockParagraph, Text: p})
	}
	return cand
}

// add appends b to the candidate's blocks and counts its text.
func (sc *scriptCandidate) add(b Block) {
	sc.blocks = append(sc.blocks, b)
	sc.text += textSize(b)
}

// dropTitleBlocks leaves out of blocks a leading headline that repeats
// the title, and a first paragraph that repeats the standfirst.
func dropTitleBlocks(blocks []Block, title, standfirst string) []Block {
	if len(blocks) > 0 && blocks[0].Kind != BlockList && foldText(blocks[0].Text) == title {
		blocks = blocks[1:]
	}
	if len(blocks) > 0 && standfirst != "" && foldText(blocks[0].Text) == foldText(standfirst) {
		blocks = blocks[1:]
	}
	return blocks
}

// pageScripts holds the scripts of a page that may carry its article:
// JSON documents, state assignments and streamed React rows.
type pageScripts struct {
	json   []string // JSON texts
	flight []string // the strings pushed to self.__next_f, in order
	bytes  int
}

// scriptCandidates returns the bodies found in the scripts of doc.
func scriptCandidates(doc *html.Node, h scriptHints, maxDepth int) []scriptCandidate {
	ps := collectScripts(doc, maxDepth)
	pw := &payloadWalker{hints: h, budget: maxPayloadNodes}
	for _, s := range ps.json {
		pw.walkJSONText(s)
	}
	if len(ps.flight) > 0 {
		readFlight(pw, strings.Join(ps.flight, ""))
	}
	return pw.cands
}

// collectScripts gathers the scripts of doc that may carry the article,
// within maxScriptBytes.
func collectScripts(doc *html.Node, maxDepth int) *pageScripts {
	ps := &pageScripts{}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			if ch.DataAtom == atom.Script {
				ps.add(ch)
			} else if depth < maxDepth {
				walk(ch, depth+1)
			}
		}
	}
	walk(doc, 0)
	return ps
}

// add keeps the payload of the script n, if it has one.
func (ps *pageScripts) add(n *html.Node) {
	code := scriptText(n)
	if len(code) < 64 || ps.bytes+len(code) > maxScriptBytes {
		return
	}
	typ := strings.ToLower(strings.TrimSpace(Attr(n, "type")))
	switch {
	case typ == "application/ld+json":
		return
	case strings.Contains(typ, "json"):
		ps.json = append(ps.json, code)
	case strings.Contains(code, "self.__next_f.push("):
		ps.flight = appendFlightPushes(ps.flight, code)
	default:
		vs := stateAssignments(code)
		if len(vs) == 0 {
			return
		}
		ps.json = append(ps.json, vs...)
	}
	ps.bytes += len(code)
}
