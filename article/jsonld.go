package article

import (
	"encoding/json"
	"strings"
)

// This file reads the JSON-LD scripts of a page (schema.org data) into
// plain Go values, tolerating the breakage found in the wild: HTML comment
// and CDATA wrappers, raw line breaks inside strings, trailing commas and
// several objects written one after the other.

// maxJSONLD is the most bytes of one JSON-LD script that are read.
const maxJSONLD = 4 << 20

// ldObject is one JSON-LD object.
type ldObject = map[string]any

// parseJSONLD decodes the text of one JSON-LD script into the values it
// holds (usually one object or one array), or nil when it cannot be read.
func parseJSONLD(text string) []any {
	text = unwrapJSONLD(text)
	if text == "" || len(text) > maxJSONLD {
		return nil
	}
	if vs := decodeJSONStream(text); len(vs) > 0 {
		return vs
	}
	return decodeJSONStream(repairJSON(text))
}

// unwrapJSONLD removes what may wrap the JSON of a script: space, HTML
// comment and CDATA markers, and a final semicolon.
func unwrapJSONLD(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["} {
		s = strings.TrimSpace(strings.TrimPrefix(s, p))
	}
	for _, p := range []string{"-->", "//]]>", "/*]]>*/", "]]>", ";"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, p))
	}
	return s
}

// decodeJSONStream decodes the JSON values written one after another in
// s, skipping commas between them, and keeps those read before an error.
func decodeJSONStream(s string) []any {
	dec := json.NewDecoder(strings.NewReader(s))
	var out []any
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			return out
		}
		out = append(out, v)
		rest := strings.TrimLeft(s[dec.InputOffset():], " \t\r\n,")
		if rest == "" {
			return out
		}
		dec = json.NewDecoder(strings.NewReader(rest))
		s = rest
	}
}

// repairJSON fixes the common faults of hand-written JSON: control
// characters (raw line breaks and tabs) are made spaces, commas before a
// closing bracket are dropped, and unclosed brackets are closed.
func repairJSON(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	var stack []byte
	inString, escaped := false, false
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch < 0x20:
			ch = ' '
		case inString:
			inString = escaped || ch != '"'
			escaped = !escaped && ch == '\\'
		case ch == '"':
			inString = true
		case ch == '{' || ch == '[':
			stack = append(stack, ch)
		case ch == '}' || ch == ']':
			trimTrailingComma(&b)
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
		b.WriteByte(ch)
	}
	if inString {
		b.WriteByte('"')
	}
	closeBrackets(&b, stack)
	return b.String()
}

// trimTrailingComma drops a comma (and the space after it) at the end of
// what b holds.
func trimTrailingComma(b *strings.Builder) {
	s := b.String()
	t := strings.TrimRight(s, " ")
	if strings.HasSuffix(t, ",") {
		r := t[:len(t)-1]
		b.Reset()
		b.WriteString(r)
	}
}

// closeBrackets writes the closers of the brackets still open in stack.
func closeBrackets(b *strings.Builder, stack []byte) {
	for i := len(stack) - 1; i >= 0; i-- {
		trimTrailingComma(b)
		if stack[i] == '{' {
			b.WriteByte('}')
		} else {
			b.WriteByte(']')
		}
	}
}

// ldGraph is the JSON-LD of a page, flattened: every object found at the
// top, in arrays, in @graph and as a mainEntity, in page order, and the
// objects that have an @id, by that id.
type ldGraph struct {
	objects []ldObject
	byID    map[string]ldObject
}

// addValue adds the objects of one decoded JSON-LD value to g.
func (g *ldGraph) addValue(v any, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			g.addValue(e, depth+1)
		}
	case ldObject:
		g.addObject(x, depth)
	}
}

func (g *ldGraph) addObject(o ldObject, depth int) {
	if graph, ok := o["@graph"]; ok {
		g.addValue(graph, depth+1)
	}
	if len(ldTypes(o)) > 0 || o["headline"] != nil {
		g.objects = append(g.objects, o)
	}
	if id := ldString(o["@id"]); id != "" && len(o) > 1 {
		if g.byID == nil {
			g.byID = make(map[string]ldObject)
		}
		if _, seen := g.byID[id]; !seen {
			g.byID[id] = o
		}
	}
	if me, ok := o["mainEntity"].(ldObject); ok {
		g.addObject(me, depth+1)
	}
}

// resolve returns the full object an {"@id": ...} reference points to, or
// o itself.
func (g *ldGraph) resolve(o ldObject) ldObject {
	id := ldString(o["@id"])
	if id == "" || g.byID == nil {
		return o
	}
	if full, ok := g.byID[id]; ok && len(full) > len(o) {
		return full
	}
	return o
}

// ldTypes returns the @type of o, which may be one name or a list, without
// the prefix of schema.org.
func ldTypes(o ldObject) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{shortLDType(t)}
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, shortLDType(s))
			}
		}
		return out
	}
	return nil
}

// ldTypePrefixes are the prefix and the addresses some pages write a
// schema.org type with: "schema:BlogPosting", "https://schema.org/BlogPosting".
var ldTypePrefixes = []string{"schema:", "https://schema.org/", "http://schema.org/"}

// shortLDType returns the schema.org type t without its prefix.
func shortLDType(t string) string {
	for _, p := range ldTypePrefixes {
		if strings.HasPrefix(t, p) {
			return t[len(p):]
		}
	}
	return t
}

// ldString returns v as a string when it is one (or a number), else "".
// A language-tagged value {"@value": ...} gives its value.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case json.Number:
		return x.String()
	case ldObject:
		if s, ok := x["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// ldList returns v as a list: the elements of an array, or v alone.
func ldList(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	}
	return []any{v}
}

// ldStrings returns the strings of v (a string, or an array of them);
// with split, each string is also cut at commas.
func ldStrings(v any, split bool) []string {
	var out []string
	for _, e := range ldList(v) {
		s := ldString(e)
		if o, ok := e.(ldObject); ok && s == "" {
			s = ldString(o["name"])
		}
		if s == "" {
			continue
		}
		if split {
			out = append(out, strings.Split(s, ",")...)
		} else {
			out = append(out, s)
		}
	}
	return out
}
