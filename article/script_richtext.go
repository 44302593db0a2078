package article

import (
	"strings"
)

// Headless content systems send an article as an array of rich-text
// nodes, one object a block: {"type":"paragraph","children":[{"text":
// "..."}]} (Slate, Lexical, Payload), {"nodeType":"paragraph","content":
// [{"nodeType":"text","value":"..."}]} (Contentful), {"_type":"block",
// "style":"normal","children":[{"_type":"span","text":"..."}]} (Sanity),
// {"type":"text","content":"..."} (Arc XP), {"type":"paragraph","data":
// {"text":"..."}} (Editor.js), {"type":"heading2","text":"..."}
// (Prismic). richText reads such an array into blocks, by the type each
// node declares and the text of its leaves.

// maxInlineDepth bounds the nesting read for one block's text.
const maxInlineDepth = 16

// richNode is what one rich-text node says of itself: its block kind,
// its heading level, and whether it is one item of a list.
type richNode struct {
	kind  BlockKind
	level int
	item  bool
}

// richText reads arr as a rich-text body when most of its objects are
// blocks, and reports whether it did.
func (pw *payloadWalker) richText(arr []any, depth, titled int) bool {
	if len(arr) < 2 {
		return false
	}
	objs, known := 0, 0
	for _, v := range arr {
		if obj, ok := v.(map[string]any); ok {
			objs++
			if _, ok := classifyRich(obj); ok {
				known++
			}
		}
	}
	if known < 2 || 2*known < objs {
		return false
	}
	pw.keep(richCandidate(arr, tied(depth, titled)))
	return true
}

// richCandidate reads the blocks of the rich-text nodes of arr.
func richCandidate(arr []any, titled bool) scriptCandidate {
	cand := scriptCandidate{titled: titled}
	var items []string
	flush := func() {
		if len(items) > 0 {
			cand.add(Block{Kind: BlockList, Items: items})
			items = nil
		}
	}
	for _, v := range arr {
		obj, _ := v.(map[string]any)
		rn, ok := classifyRich(obj)
		if !ok {
			continue
		}
		if rn.item {
			if t := richInline(obj, 0); t != "" {
				items = append(items, t)
			}
			continue
		}
		flush()
		if b, ok := richBlock(obj, rn); ok {
			cand.add(b)
		}
	}
	flush()
	return cand
}

// richBlock returns the block of the node obj of kind rn.
func richBlock(obj map[string]any, rn richNode) (Block, bool) {
	if rn.kind == BlockList {
		var items []string
		for _, it := range richChildren(obj, "items", "children", "content") {
			if m, ok := it.(map[string]any); ok {
				if t := richInline(m, 0); t != "" {
					items = append(items, t)
				}
			} else if s, ok := it.(string); ok && CleanText(s) != "" {
				items = append(items, inlineMarkup(s))
			}
		}
		return Block{Kind: BlockList, Items: items}, len(items) > 0
	}
	t := richInline(obj, 0)
	return Block{Kind: rn.kind, Text: t, Level: rn.level}, t != ""
}

// classifyRich returns what the node obj declares itself.
func classifyRich(obj map[string]any) (richNode, bool) {
	typ := strings.ToLower(firstString(obj, "type", "nodeType", "_type", "blockType"))
	if typ == "block" {
		if _, ok := obj["listItem"]; ok {
			return richNode{kind: BlockParagraph, item: true}, true
		}
		typ = strings.ToLower(firstString(obj, "style"))
		if typ == "normal" {
			typ = "paragraph"
		}
	}
	typ = strings.Map(dropDash, typ)
	switch typ {
	case "paragraph", "p", "text":
		return richNode{kind: BlockParagraph}, true
	case "blockquote", "quote", "pullquote":
		return richNode{kind: BlockQuote}, true
	case "list", "bulletedlist", "numberedlist", "unorderedlist", "orderedlist", "ul", "ol":
		return richNode{kind: BlockList}, true
	case "listitem", "li":
		return richNode{kind: BlockParagraph, item: true}, true
	}
	if lv, ok := headingType(typ, obj); ok {
		return richNode{kind: BlockHeading, level: lv}, true
	}
	return richNode{}, false
}

// dropDash drops dashes and underscores, as strings.Map's mapping.
func dropDash(r rune) rune {
	if r == '-' || r == '_' {
		return -1
	}
	return r
}

// headingType returns the level of a heading node: its type is
// "heading", "header" or "h", maybe followed by the level; else the
// level is in a "level" or "tag" field. Levels are 2 to 6.
func headingType(typ string, obj map[string]any) (int, bool) {
	rest, ok := "", false
	for _, p := range []string{"heading", "header", "h"} {
		if rest, ok = strings.CutPrefix(typ, p); ok {
			break
		}
	}
	if !ok || len(rest) > 1 || (rest == "" && typ == "h") || (rest != "" && (rest[0] < '1' || rest[0] > '6')) {
		return 0, false
	}
	if rest == "" {
		rest = strings.TrimPrefix(firstString(obj, "tag"), "h")
		if f, ok := obj["level"].(float64); ok && f >= 1 && f <= 6 {
			rest = string(rune('0' + int(f)))
		}
	}
	lv := 2
	if len(rest) == 1 && rest[0] >= '1' && rest[0] <= '6' {
		lv = int(rest[0] - '0')
	}
	return max(lv, 2), true
}

// richInline returns the text of the rich-text node obj: its own text
// field, or the text of its children.
func richInline(obj map[string]any, depth int) string {
	if depth > maxInlineDepth {
		return ""
	}
	if s := firstString(obj, "text", "value", "content", "html"); s != "" {
		return inlineMarkup(s)
	}
	if data, ok := obj["data"].(map[string]any); ok {
		if s := firstString(data, "text"); s != "" {
			return inlineMarkup(s)
		}
	}
	var b strings.Builder
	for _, ch := range richChildren(obj, "children", "content", "nodes") {
		switch x := ch.(type) {
		case string:
			b.WriteString(x)
		case map[string]any:
			b.WriteString(richInline(x, depth+1))
		}
	}
	return CleanText(b.String())
}

// richChildren returns the first array among the fields keys of obj.
func richChildren(obj map[string]any, keys ...string) []any {
	for _, k := range keys {
		if arr, ok := obj[k].([]any); ok {
			return arr
		}
	}
	return nil
}

// firstString returns the first non-empty string among the fields keys
// of obj.
func firstString(obj map[string]any, keys ...string) string {
	for _, k := range keys {
		if s, ok := obj[k].(string); ok && s != "" {
			return s
		}
	}
	return ""
}

// inlineMarkup returns the text of s, which may hold inline HTML (links,
// emphasis).
func inlineMarkup(s string) string {
	if strings.IndexByte(s, '<') >= 0 && strings.IndexByte(s, '>') >= 0 {
		s = strings.ReplaceAll(markupText(s), "\n", " ")
	}
	return CleanText(s)
}
