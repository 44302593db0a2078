package article

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
)

// This file walks the JSON state a framework leaves in a page (Next.js
// __NEXT_DATA__, Nuxt, Apollo, Redux and others) for the article: a
// string of HTML with paragraphs, or an array of rich-text nodes
// (script_richtext.go). An object that names the page's title ties the
// bodies below it to the page.

// Bounds of the payload walk.
const (
	// minHTMLBody is the shortest string read as an HTML body.
	minHTMLBody = 200
	// titledLevels is how far below the object that names the title a
	// body may sit and still be tied to it.
	titledLevels = 2
)

// payloadWalker walks decoded payloads and gathers the bodies it finds.
type payloadWalker struct {
	hints  scriptHints
	budget int // JSON values left to walk
	cands  []scriptCandidate
}

// walkJSONText decodes the JSON text s and walks it.
func (pw *payloadWalker) walkJSONText(s string) {
	pw.walkJSONAt(unwrapJSONLD(s), 0, -1)
}

// walkJSONAt decodes the JSON value at the start of s, found at depth,
// and walks it.
func (pw *payloadWalker) walkJSONAt(s string, depth, titled int) {
	if s == "" || (s[0] != '{' && s[0] != '[') || pw.budget <= 0 {
		return
	}
	dec := json.NewDecoder(strings.NewReader(s))
	var v any
	if dec.Decode(&v) != nil {
		return
	}
	pw.walk(v, depth, titled)
	if flat, ok := looksDevalued(v); ok && depth == 0 {
		pw.walk(undevalue(flat, pw.budget), 0, -1)
	}
}

// walk visits v at depth; titled is the depth of the nearest object
// above that names the page's title, or -1.
func (pw *payloadWalker) walk(v any, depth, titled int) {
	if pw.budget <= 0 || depth > maxPayloadDepth {
		return
	}
	pw.budget--
	switch x := v.(type) {
	case map[string]any:
		if pw.namesTitle(x) {
			titled = depth
		}
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if s, ok := x[k].(string); ok && bodyKeys[strings.ToLower(k)] {
				pw.plainText(s, depth+1, titled)
			}
			pw.walk(x[k], depth+1, titled)
		}
	case []any:
		if !pw.richText(x, depth, titled) {
			for _, f := range x {
				pw.walk(f, depth+1, titled)
			}
		}
	case string:
		pw.htmlString(x, depth, titled)
		if len(x) >= minHTMLBody && (x[0] == '{' || x[0] == '[') {
			pw.walkJSONAt(x, depth+1, titled) // JSON kept as a string
		}
	}
}

// bodyKeys are the field names under which a payload keeps an article's
// text.
var bodyKeys = map[string]bool{
	"body": true, "articlebody": true, "bodytext": true, "content": true, "text": true,
	"fulltext": true, "story": true, "storytext": true, "contenttext": true,
}

// plainText reads s, the value of a body field, as a body when it is
// plain text long enough, cut into paragraphs by its line breaks; JSON
// kept as a string is not text.
func (pw *payloadWalker) plainText(s string, depth, titled int) {
	if len(s) < minScriptBody || s[0] == '{' || s[0] == '[' || strings.Contains(s, "</") || strings.IndexByte(s, '\n') < 0 {
		return
	}
	cand := scriptCandidate{titled: tied(depth, titled)}
	for _, p := range descriptionParagraphs(s) {
		cand.add(Block{Kind: BlockParagraph, Text: p})
	}
	pw.keep(cand)
}

// namesTitle reports whether one of the fields of obj, or of an object
// in obj ({"headlines":{"basic":...}}), is the page's title.
func (pw *payloadWalker) namesTitle(obj map[string]any) bool {
	if pw.hints.title == "" {
		return false
	}
	for _, f := range obj {
		switch x := f.(type) {
		case string:
			if pw.isTitle(x) {
				return true
			}
		case map[string]any:
			for _, g := range x {
				if s, ok := g.(string); ok && pw.isTitle(s) {
					return true
				}
			}
		}
	}
	return false
}

// isTitle reports whether s is the page's title.
func (pw *payloadWalker) isTitle(s string) bool {
	return len(s) >= len(pw.hints.title) && len(s) < 2*len(pw.hints.title)+8 && foldText(s) == pw.hints.title
}

// tied reports whether a body at depth sits close enough below the
// titled object.
func tied(depth, titled int) bool {
	return titled >= 0 && depth-titled <= titledLevels
}

// htmlString reads s as a body when it is HTML with paragraphs.
func (pw *payloadWalker) htmlString(s string, depth, titled int) {
	if len(s) < minHTMLBody || strings.Count(s, "</p>") < 2 {
		return
	}
	cand := scriptCandidate{titled: tied(depth, titled)}
	for _, b := range htmlBlocks(s) {
		cand.add(b)
	}
	pw.keep(cand)
}

// keep adds cand to the bodies found, when it has text.
func (pw *payloadWalker) keep(cand scriptCandidate) {
	if cand.text > 0 {
		pw.cands = append(pw.cands, cand)
	}
}

// maxAssignments bounds the assignments read in one script.
const maxAssignments = 8

// stateAssignments returns the JSON values that the script code assigns
// to names (window.__STATE__ = {...}; Fusion.globalContent={...}; or
// = JSON.parse("...")), the first few of them.
func stateAssignments(code string) []string {
	var out []string
	for tries := 0; tries < 4*maxAssignments && len(out) < maxAssignments; tries++ {
		eq := strings.IndexByte(code, '=')
		if eq < 0 {
			return out
		}
		name, rest := code[:eq], strings.TrimLeft(code[eq+1:], " \t\r\n")
		code = code[eq+1:]
		if !assignsName(name) {
			continue
		}
		if p, ok := strings.CutPrefix(rest, "JSON.parse("); ok {
			if v, ok := jsonStringArg(p); ok {
				out = append(out, v)
			}
		} else if rest != "" && (rest[0] == '{' || rest[0] == '[') {
			out = append(out, rest)
		}
	}
	return out
}

// assignsName reports whether the code before an "=" ends with a name
// (not "==", "<=", "=>" or "!=").
func assignsName(before string) bool {
	before = strings.TrimRight(before, " \t")
	if before == "" {
		return false
	}
	ch := before[len(before)-1]
	return ch == '_' || ch == '$' || ch == ']' || ch == '"' || ch == '\'' ||
		(ch >= '0' && ch <= '9') || (ch|0x20 >= 'a' && ch|0x20 <= 'z')
}

// jsonStringArg decodes the double-quoted string at the start of s.
func jsonStringArg(s string) (string, bool) {
	dec := json.NewDecoder(strings.NewReader(s))
	var v string
	if dec.Decode(&v) != nil {
		return "", false
	}
	return v, true
}
