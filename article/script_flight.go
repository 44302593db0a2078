package article

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Next.js's App Router sends the page as React Server Component rows,
// pushed as strings by self.__next_f.push([1,"..."]) scripts. Joined,
// the strings are lines "id:payload": a JSON value whose element arrays
// ["$","p",key,{"children":...}] are the page's tree, or "id:T<hex
// length>,<text>" with a long text that "$id" refers to. Other rows
// (imports "I[...]", hints "HL[...]") are skipped. readFlight walks the
// tree from its first row, resolving the references, and keeps as the
// body the element that holds the most paragraph text, directly or in
// its children's children. The props of client components are walked as
// JSON state too (script_payload.go).

// flightReader walks the rows of one page.
type flightReader struct {
	pw      *payloadWalker
	rows    map[string]any
	texts   map[string]string
	order   []string
	visited map[string]bool
	titled  bool // an <h1> repeats the page's title
	blocks  []Block
	best    int    // the score of the best container
	span    [2]int // its blocks
}

// appendFlightPushes appends the strings that code pushes to
// self.__next_f to pushed.
func appendFlightPushes(pushed []string, code string) []string {
	const call = "self.__next_f.push("
	for {
		i := strings.Index(code, call)
		if i < 0 {
			return pushed
		}
		code = code[i+len(call):]
		arg := code
		if next := strings.Index(code, call); next >= 0 {
			arg = code[:next] // each call is read once, even when it is cut
		}
		dec := json.NewDecoder(strings.NewReader(arg))
		var v []any
		if dec.Decode(&v) != nil {
			continue
		}
		if len(v) == 2 && v[0] == 1.0 {
			if s, ok := v[1].(string); ok {
				pushed = append(pushed, s)
			}
		}
	}
}

// readFlight reads the body in the joined rows data.
func readFlight(pw *payloadWalker, data string) {
	fr := &flightReader{pw: pw, rows: map[string]any{}, texts: map[string]string{}, visited: map[string]bool{}}
	fr.parseRows(data)
	for _, id := range fr.order {
		if !fr.visited[id] {
			fr.visited[id] = true
			fr.node(fr.rows[id], 0)
		}
	}
	if fr.best == 0 {
		return
	}
	cand := scriptCandidate{titled: fr.titled}
	for _, b := range fr.blocks[fr.span[0]:fr.span[1]] {
		cand.add(b)
	}
	pw.keep(cand)
}

// parseRows splits data into its rows.
func (fr *flightReader) parseRows(data string) {
	for data != "" && len(fr.order) < maxPayloadNodes {
		colon := strings.IndexByte(data, ':')
		nl := strings.IndexByte(data, '\n')
		if colon < 0 || (nl >= 0 && nl < colon) {
			if nl < 0 {
				return
			}
			data = data[nl+1:]
			continue
		}
		id, rest := data[:colon], data[colon+1:]
		if text, after, ok := textRow(rest); ok {
			fr.texts[id], data = text, after
			continue
		}
		row := rest
		if nl = strings.IndexByte(rest, '\n'); nl >= 0 {
			row, data = rest[:nl], rest[nl+1:]
		} else {
			data = ""
		}
		fr.addRow(id, row)
	}
}

// textRow reads a text row "T<hex length>,<text>" at the start of s.
func textRow(s string) (text, rest string, ok bool) {
	if len(s) < 3 || s[0] != 'T' {
		return "", s, false
	}
	comma := strings.IndexByte(s[:min(len(s), 12)], ',')
	if comma < 0 {
		return "", s, false
	}
	n, err := strconv.ParseUint(s[1:comma], 16, 32)
	if err != nil {
		return "", s, false
	}
	end := min(len(s), comma+1+int(n))
	return s[comma+1 : end], s[end:], true
}

// addRow decodes a JSON row.
func (fr *flightReader) addRow(id, row string) {
	if row == "" || (row[0] != '[' && row[0] != '{' && row[0] != '"') {
		return
	}
	var v any
	if json.Unmarshal([]byte(row), &v) == nil {
		fr.rows[id] = v
		fr.order = append(fr.order, id)
	}
}

// node walks one node of the tree and returns its credit: the text of
// the paragraphs it is or holds directly.
func (fr *flightReader) node(v any, depth int) flightCredit {
	if fr.pw.budget <= 0 || depth > maxPayloadDepth {
		return flightCredit{}
	}
	fr.pw.budget--
	switch x := v.(type) {
	case string:
		if r := fr.ref(x); r != nil {
			return fr.node(r, depth+1)
		}
	case []any:
		if tag, props, ok := flightElement(x); ok {
			return fr.element(tag, props, depth)
		}
		var sum flightCredit
		for _, ch := range x {
			sum = sum.plus(fr.node(ch, depth+1))
		}
		return sum
	case map[string]any:
		var sum flightCredit
		for _, k := range slices.Sorted(maps.Keys(x)) {
			sum = sum.plus(fr.node(x[k], depth+1))
		}
		return sum
	}
	return flightCredit{}
}

// ref returns the row that the string s refers to ("$1f", "$L1f"), or
// nil.
func (fr *flightReader) ref(s string) any {
	if len(s) < 2 || s[0] != '$' || s[1] == '$' {
		return nil
	}
	id := strings.TrimPrefix(s[1:], "L")
	if fr.visited[id] {
		return nil
	}
	v, ok := fr.rows[id]
	if ok {
		fr.visited[id] = true
	}
	return v
}

// flightElement reports whether x is a React element, and returns its tag
// and props. Development builds add debug fields after the props.
func flightElement(x []any) (string, map[string]any, bool) {
	if len(x) < 4 || x[0] != "$" {
		return "", nil, false
	}
	tag, _ := x[1].(string)
	props, _ := x[3].(map[string]any)
	return tag, props, tag != ""
}
