package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// React's streaming server rendering (Next.js and others) sends a page in
// pieces. Where a part was not ready, the first piece holds a fallback,
// often a grey skeleton, between the comments <!--$?--> and <!--/$-->
// around an empty <template id="B:1">, or an empty <template id="P:2">
// placeholder. The part comes later in the page inside <div hidden
// id="S:1">, followed by a script call, $RC("B:1","S:1") or
// $RS("S:2","P:2"), that moves it into place. A reader that runs no
// script sees the skeletons, and the article sits in a hidden element.
// resolveStreamed does what those calls do, in the order the page makes
// them.

// streamCallKinds are the letters after "$R" of the runtime's calls, one
// of which ($RC(, $RS( or $RR() is in every page that streams a part ($RR
// fills a boundary once its style sheets are loaded). Each starts with
// "$", rare in markup, so a page without them costs one fast scan only.
const streamCallKinds = "CSR"

// hasStreamCall reports whether page holds one of the runtime's calls,
// in one scan for "$R" rather than one per call.
func hasStreamCall(page string) bool {
	for {
		i := strings.Index(page, "$R")
		if i < 0 {
			return false
		}
		page = page[i+2:]
		if len(page) >= 2 && strings.IndexByte(streamCallKinds, page[0]) >= 0 && page[1] == '(' {
			return true
		}
	}
}

// streamCall is one call of React's streaming runtime: kind 'C' fills a
// boundary (first the template's id, then the part's), 'S' a placeholder
// (first the part's id, then the template's).
type streamCall struct {
	kind     byte
	from, to string
}

// resolveStreamed moves the streamed parts of doc into their places. page
// is the markup doc was parsed from, used to skip the work on pages that
// stream nothing.
func resolveStreamed(doc *html.Node, page string) {
	if !hasStreamCall(page) {
		return
	}
	ids := make(map[string]*html.Node)
	var calls []streamCall
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.DataAtom == atom.Script {
			calls = appendStreamCalls(calls, scriptText(n))
		} else if id := Attr(n, "id"); streamID(id) {
			ids[id] = n
		}
	}
	for _, call := range calls {
		call.apply(ids)
	}
}

// streamID reports whether id has the form of the runtime's ids: a
// letter, a colon, then a number.
func streamID(id string) bool {
	return len(id) > 2 && id[1] == ':' && strings.IndexByte("BPS", id[0]) >= 0
}

// scriptText returns the code of a <script> element.
func scriptText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c.Type == html.TextNode {
		return c.Data
	}
	return ""
}

// appendStreamCalls appends the runtime calls in code to calls:
// $RC(b,s), $RR(b,s,...) and $RS(s,p), with quoted string arguments.
func appendStreamCalls(calls []streamCall, code string) []streamCall {
	for {
		i := strings.Index(code, "$R")
		if i < 0 || i+4 > len(code) {
			return calls
		}
		kind := code[i+2]
		code = code[i+3:]
		if code[0] != '(' || (kind != 'C' && kind != 'R' && kind != 'S') {
			continue
		}
		from, rest, ok := quotedArg(code[1:])
		if !ok || len(rest) == 0 || rest[0] != ',' {
			continue
		}
		to, _, ok := quotedArg(rest[1:])
		if !ok {
			continue
		}
		if kind == 'R' {
			kind = 'C'
		}
		calls = append(calls, streamCall{kind: kind, from: from, to: to})
	}
}

// quotedArg reads a double-quoted string at the start of s and returns it
// and what follows.
func quotedArg(s string) (arg, rest string, ok bool) {
	if len(s) < 2 || s[0] != '"' {
		return "", s, false
	}
	end := strings.IndexByte(s[1:], '"')
	if end < 0 {
		return "", s, false
	}
	return s[1 : end+1], s[end+2:], true
}

// apply moves one streamed part into its place, if both ends are in the
// page and the part is still in its hidden holder.
func (sc streamCall) apply(ids map[string]*html.Node) {
	mark, part := ids[sc.from], ids[sc.to]
	if sc.kind == 'S' {
		mark, part = part, ids[sc.from]
	}
	if mark == nil || part == nil || mark.Parent == nil || part.Parent == nil || !isHidden(part) || isAncestor(part, mark) {
		return
	}
	part.Parent.RemoveChild(part)
	end := mark
	if sc.kind == 'C' {
		end = dropFallback(mark)
	}
	for c := part.FirstChild; c != nil; c = part.FirstChild {
		part.RemoveChild(c)
		end.Parent.InsertBefore(c, end)
	}
	if end == mark {
		mark.Parent.RemoveChild(mark)
	}
}

// dropFallback removes the fallback of the boundary whose template is
// mark: the nodes from mark to the comment <!--/$--> that closes the
// boundary opened by the <!--$?--> before mark. It returns the node
// before which the part goes: that closing comment, or mark itself when
// the boundary is not marked so.
func dropFallback(mark *html.Node) *html.Node {
	open := mark.PrevSibling
	if open == nil || open.Type != html.CommentNode || open.Data != "$?" {
		return mark
	}
	end := boundaryEnd(open)
	if end == nil {
		return mark
	}
	for n := open.NextSibling; n != end; n = open.NextSibling {
		open.Parent.RemoveChild(n)
	}
	open.Data = "$"
	return end
}

// boundaryEnd returns the comment <!--/$--> that closes the boundary
// opened by the comment open, or nil.
func boundaryEnd(open *html.Node) *html.Node {
	depth := 0
	for n := open.NextSibling; n != nil; n = n.NextSibling {
		if n.Type != html.CommentNode {
			continue
		}
		switch n.Data {
		case "/$":
			if depth == 0 {
				return n
			}
			depth--
		case "$", "$?", "$!":
			depth++
		}
	}
	return nil
}
