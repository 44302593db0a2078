package article

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// Pages whose elements nest deeper than golang.org/x/net/html accepts (512
// open elements), or that hold more elements than Limits.MaxNodes, go
// through flatten before they are parsed: a pass over their tokens that
// drops the tags nested deeper than a cap (keeping their text, so that an
// article buried in generated markup is still read) and refuses a page
// over the node limit, before any tree is built.

// flattenCaps are the nesting caps tried in turn when a page is too deep:
// the parser's own stack can grow past the nesting the token pass sees
// (misnested formatting elements are reopened), so a second, lower cap
// makes sure.
var flattenCaps = []int{400, 64}

// mightBeTooBig reports whether a page could pass the node limit: it has
// more than a quarter as many '<' as the limit allows nodes (a tag makes
// at most one element and one text node, with a margin for the elements
// the parser adds).
func mightBeTooBig(page string, maxNodes int) bool {
	return maxNodes > 0 && len(page) > maxNodes/4 && strings.Count(page, "<") > maxNodes/4
}

// parseDOM parses page, flattening it when it is too deep or possibly too
// big for the limits.
func parseDOM(page string, limits Limits) (*html.Node, error) {
	if mightBeTooBig(page, limits.MaxNodes) {
		flat, err := flatten(page, capDepth(flattenCaps[0], limits), limits.MaxNodes)
		if err != nil {
			return nil, err
		}
		page = flat
	}
	doc, err := parseLean(page)
	for _, cap := range flattenCaps {
		if err == nil || !isTooDeep(err) {
			break
		}
		flat, ferr := flatten(page, capDepth(cap, limits), limits.MaxNodes)
		if ferr != nil {
			return nil, ferr
		}
		doc, err = parseLean(flat)
	}
	if err != nil {
		return nil, fmt.Errorf("article: parsing HTML: %w", err)
	}
	return doc, nil
}

// capDepth returns the lower of cap and the caller's depth limit.
func capDepth(cap int, limits Limits) int {
	if limits.MaxDepth > 0 && limits.MaxDepth < cap {
		return limits.MaxDepth
	}
	return cap
}

func isTooDeep(err error) bool { return strings.Contains(err.Error(), "open stack of elements") }

// autoClosed are the elements that a new sibling of the same kind closes
// when their end tag is missing, as the HTML parser does.
var autoClosed = map[string]bool{"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true, "option": true}

// flattener rewrites a token stream with its nesting capped.
type flattener struct {
	out     strings.Builder
	stack   []string
	dropped map[string]int // start tags dropped, by name, awaiting their end tag
	nodes   int
}

// flatten returns page with the tags nested deeper than maxDepth left out
// (their text stays), or ErrTooLarge when it has more than maxNodes tags
// and text runs (no limit when maxNodes <= 0).
func flatten(page string, maxDepth, maxNodes int) (string, error) {
	f := &flattener{dropped: make(map[string]int)}
	f.out.Grow(len(page))
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return f.out.String(), nil
		}
		f.nodes++
		if maxNodes > 0 && f.nodes > maxNodes {
			return "", fmt.Errorf("%w: more than %d nodes", ErrTooLarge, maxNodes)
		}
		f.token(z, tt, maxDepth)
	}
}

func (f *flattener) token(z *html.Tokenizer, tt html.TokenType, maxDepth int) {
	switch tt {
	case html.StartTagToken:
		f.start(z, maxDepth)
	case html.EndTagToken:
		f.end(z)
	default:
		f.out.Write(z.Raw())
	}
}

func (f *flattener) start(z *html.Tokenizer, maxDepth int) {
	name, _ := z.TagName()
	tag := string(name)
	if autoClosed[tag] && len(f.stack) > 0 && f.stack[len(f.stack)-1] == tag {
		f.stack = f.stack[:len(f.stack)-1]
	}
	if len(f.stack) >= maxDepth {
		if !voidElements[tag] {
			f.dropped[tag]++
		}
		return
	}
	if !voidElements[tag] {
		f.stack = append(f.stack, tag)
	}
	f.out.Write(z.Raw())
}

func (f *flattener) end(z *html.Tokenizer) {
	name, _ := z.TagName()
	tag := string(name)
	if f.dropped[tag] > 0 {
		f.dropped[tag]--
		return
	}
	for i := len(f.stack) - 1; i >= 0; i-- {
		if f.stack[i] == tag {
			f.stack = f.stack[:i]
			break
		}
	}
	f.out.Write(z.Raw())
}

// voidElements never have content or an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
	"param": true, "keygen": true,
}
