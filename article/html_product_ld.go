package article

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Many shops render a product page in the browser: the served HTML holds
// the page's furniture and a JSON copy of the product, and the product's
// description is only in its JSON-LD (a schema.org Product). When the
// body read from the page holds much less text than that description,
// the description is the body.

// productLDBody holds the description of the page's JSON-LD Product.
var productLDBody = NewContextKey[string]("html.product-ld-description")

// Bounds of the product description fallback, in bytes.
const (
	// minProductDesc is the shortest description taken as a body.
	minProductDesc = 200
	// productDescGain is how many times longer than the body read from
	// the page the description must be.
	productDescGain = 2
)

// ldProductDescription returns the description of the first Product of g,
// or "".
func ldProductDescription(g *ldGraph) string {
	if g == nil {
		return ""
	}
	for _, o := range g.objects {
		if !isProductType(ldTypes(o)) {
			continue
		}
		if d, ok := o["description"].(string); ok && strings.TrimSpace(d) != "" {
			return d
		}
	}
	return ""
}

// isProductType reports whether one of types is a schema.org product.
func isProductType(types []string) bool {
	return slices.ContainsFunc(types, func(t string) bool { return schemaPageType(t) == PageTypeProduct })
}

// productFallback replaces the body read from the page, from block start
// on, by the paragraphs of the JSON-LD Product description when the page
// is a product and the description is much longer than that body and
// its standfirst.
func productFallback(c *Context, typ string, start int) {
	if typ != PageTypeProduct {
		return
	}
	desc, _ := productLDBody.Get(c)
	paras := descriptionParagraphs(desc)
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	if size < minProductDesc || size < productDescGain*(blocksText(c.blocks[start:])+len(c.article.Standfirst)) {
		return
	}
	c.blocks = c.blocks[:start]
	for _, p := range paras {
		c.AddBlock(Block{Kind: BlockParagraph, Text: p})
	}
}

// blocksText returns the bytes of text of blocks.
func blocksText(blocks []Block) int {
	n := 0
	for _, b := range blocks {
		n += textSize(b)
	}
	return n
}

// descriptionParagraphs splits a description into its cleaned lines; a
// description written in HTML is read as text first.
func descriptionParagraphs(desc string) []string {
	if strings.Contains(desc, "</") || strings.Contains(desc, "<br") {
		desc = markupText(desc)
	}
	var out []string
	for line := range strings.SplitSeq(desc, "\n") {
		if t := CleanText(line); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// markupText returns the text of an HTML fragment, one line per block
// element or line break.
func markupText(s string) string {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return s
	}
	var b strings.Builder
	for _, n := range nodes {
		writeMarkupText(&b, n)
	}
	return b.String()
}

// writeMarkupText writes the text of n to b, a new line after each
// paragraph, heading, list item or line break.
func writeMarkupText(b *strings.Builder, n *html.Node) {
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
		return
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		writeMarkupText(b, ch)
	}
	switch n.Data {
	case "p", "br", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr":
		b.WriteByte('\n')
	}
}

// productWithoutBody reads the JSON-LD Product description as the body of
// a page whose HTML holds no text at all, when the page declares itself
// a product.
func productWithoutBody(c *Context) {
	d, _ := declaredPageTypes.Get(c)
	if ldPageType(d.ld) != PageTypeProduct {
		return
	}
	start := len(c.blocks)
	productFallback(c, PageTypeProduct, start)
	if len(c.blocks) > start {
		c.article.PageType = PageTypeProduct
	}
}
