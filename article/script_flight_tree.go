package article

import (
	"maps"
	"slices"
	"strconv"
	"strings"
)

// This file reads the elements of a React Server Component tree
// (script_flight.go) into blocks, and scores its containers.

// flightSkipped are the elements whose subtree is not the article.
var flightSkipped = map[string]bool{
	"nav": true, "footer": true, "aside": true, "form": true, "button": true,
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"select": true, "menu": true, "dialog": true, "figcaption": true,
}

// flightCredit is what a node gives its parent: the text of the
// paragraphs it is, and the text of the paragraphs directly in it.
type flightCredit struct {
	para, nested int
}

// plus returns the sum of two credits.
func (fc flightCredit) plus(o flightCredit) flightCredit {
	return flightCredit{para: fc.para + o.para, nested: fc.nested + o.nested}
}

// element walks the element tag with props.
func (fr *flightReader) element(tag string, props map[string]any, depth int) flightCredit {
	if flightSkipped[tag] {
		return flightCredit{}
	}
	switch tag {
	case "p", "blockquote":
		return flightCredit{para: fr.textBlock(tag, props, depth)}
	case "h1", "h2", "h3", "h4", "h5", "h6":
		fr.heading(tag, props, depth)
		return flightCredit{}
	case "ul", "ol":
		fr.list(props, depth)
		return flightCredit{}
	}
	return fr.container(tag, props, depth)
}

// container walks the children of an element that is not a block, and
// keeps it as the body when its paragraphs, direct or one level down
// (half counted), are the most text yet.
func (fr *flightReader) container(tag string, props map[string]any, depth int) flightCredit {
	if strings.HasPrefix(tag, "$") {
		fr.componentProps(props, depth)
	}
	start := len(fr.blocks)
	direct := fr.innerHTML(props)
	in := fr.node(props["children"], depth+1)
	direct += in.para
	if score := direct + in.nested/2; score > fr.best {
		fr.best, fr.span = score, [2]int{start, len(fr.blocks)}
	}
	return flightCredit{nested: direct}
}

// componentProps walks the props of a client component, but its
// children, as JSON state: they may hold the article's data.
func (fr *flightReader) componentProps(props map[string]any, depth int) {
	titled := -1
	if fr.pw.namesTitle(props) {
		titled = depth
	}
	for _, k := range slices.Sorted(maps.Keys(props)) {
		if k != "children" {
			fr.pw.walk(props[k], depth+1, titled)
		}
	}
}

// innerHTML reads the dangerouslySetInnerHTML of props into blocks and
// returns their paragraph text.
func (fr *flightReader) innerHTML(props map[string]any) int {
	inner, _ := props["dangerouslySetInnerHTML"].(map[string]any)
	s, _ := inner["__html"].(string)
	s = fr.refText(s)
	if len(s) < minHTMLBody {
		return 0
	}
	n := 0
	for _, b := range htmlBlocks(s) {
		fr.blocks = append(fr.blocks, b)
		if b.Kind == BlockParagraph {
			n += len(b.Text)
		}
	}
	return n
}

// refText returns the text row that s refers to, or s.
func (fr *flightReader) refText(s string) string {
	if len(s) > 1 && s[0] == '$' {
		if t, ok := fr.texts[s[1:]]; ok {
			return t
		}
	}
	return s
}

// textBlock adds a paragraph or a quote, unless most of its text is
// links, and returns its text's length.
func (fr *flightReader) textBlock(tag string, props map[string]any, depth int) int {
	var in flightInline
	in.read(fr, props["children"], depth, false)
	t := CleanText(in.b.String())
	if t == "" || 2*in.link > len(t) {
		return 0
	}
	kind := BlockParagraph
	if tag == "blockquote" {
		kind = BlockQuote
	}
	fr.blocks = append(fr.blocks, Block{Kind: kind, Text: t})
	return len(t)
}

// heading adds a heading; an <h1> that repeats the page's title ties the
// payload to the page.
func (fr *flightReader) heading(tag string, props map[string]any, depth int) {
	var in flightInline
	in.read(fr, props["children"], depth, false)
	t := CleanText(in.b.String())
	if t == "" {
		return
	}
	if tag == "h1" && fr.pw.hints.title != "" && foldText(t) == fr.pw.hints.title {
		fr.titled = true
	}
	fr.blocks = append(fr.blocks, Block{Kind: BlockHeading, Text: t, Level: max(2, int(tag[1]-'0'))})
}

// list adds a list of the <li> children, unless most of its text is
// links.
func (fr *flightReader) list(props map[string]any, depth int) {
	var items []string
	text, link := 0, 0
	fr.eachElement(props["children"], depth, func(tag string, p map[string]any) {
		if tag != "li" {
			return
		}
		var in flightInline
		in.read(fr, p["children"], depth+1, false)
		if t := CleanText(in.b.String()); t != "" {
			items = append(items, t)
			text, link = text+len(t), link+in.link
		}
	})
	if len(items) > 0 && 2*link <= text {
		fr.blocks = append(fr.blocks, Block{Kind: BlockList, Items: items})
	}
}

// eachElement calls fn with each element among the children v.
func (fr *flightReader) eachElement(v any, depth int, fn func(string, map[string]any)) {
	if depth > maxPayloadDepth {
		return
	}
	switch x := v.(type) {
	case string:
		if r := fr.ref(x); r != nil {
			fr.eachElement(r, depth+1, fn)
		}
	case []any:
		if tag, props, ok := flightElement(x); ok {
			fn(tag, props)
			return
		}
		for _, ch := range x {
			fr.eachElement(ch, depth+1, fn)
		}
	}
}

// flightInline gathers the text of a block's children, and how much of
// it is in links.
type flightInline struct {
	b    strings.Builder
	link int
}

// read adds the text of the children v; inLink says they are in a link.
func (in *flightInline) read(fr *flightReader, v any, depth int, inLink bool) {
	if depth > maxPayloadDepth || in.b.Len() > maxScriptBytes {
		return
	}
	switch x := v.(type) {
	case string:
		in.readString(fr, x, depth, inLink)
	case float64:
		in.b.WriteString(strconv.FormatFloat(x, 'f', -1, 64))
	case []any:
		tag, props, ok := flightElement(x)
		if !ok {
			for _, ch := range x {
				in.read(fr, ch, depth+1, inLink)
			}
			return
		}
		if flightSkipped[tag] {
			return
		}
		if tag == "br" || tag == "p" || tag == "div" {
			in.b.WriteByte(' ')
		}
		_, href := props["href"]
		in.read(fr, props["children"], depth+1, inLink || tag == "a" || href)
	}
}

// readString adds a text child, or the row it refers to.
func (in *flightInline) readString(fr *flightReader, s string, depth int, inLink bool) {
	if strings.HasPrefix(s, "$$") {
		s = s[1:]
	} else if len(s) > 1 && s[0] == '$' {
		if t, ok := fr.texts[s[1:]]; ok {
			s = t
		} else {
			in.read(fr, fr.ref(s), depth+1, inLink)
			return
		}
	}
	in.b.WriteString(s)
	if inLink {
		in.link += len(strings.TrimSpace(s))
	}
}
