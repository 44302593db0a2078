package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlBlocks reads the HTML fragment s, a body that a script carries,
// into blocks: paragraphs, headings, lists and quotes, in order. Scripts,
// styles, forms, figures' images and navigation are left out.
func htmlBlocks(s string) []Block {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return nil
	}
	var out []Block
	for _, n := range nodes {
		out = appendNodeBlocks(out, n, 0)
	}
	return out
}

// appendNodeBlocks appends the blocks of n to out.
func appendNodeBlocks(out []Block, n *html.Node, depth int) []Block {
	if depth > maxPayloadDepth {
		return out
	}
	if n.Type == html.TextNode {
		if t := CleanText(n.Data); len(t) > 1 {
			out = append(out, Block{Kind: BlockParagraph, Text: t})
		}
		return out
	}
	if n.Type != html.ElementNode {
		return out
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Form, atom.Button, atom.Svg, atom.Iframe:
		return out
	case atom.P:
		return appendFragText(out, BlockParagraph, 0, n)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return appendFragText(out, BlockHeading, max(2, int(n.Data[1]-'0')), n)
	case atom.Blockquote:
		return appendFragText(out, BlockQuote, 0, n)
	case atom.Ul, atom.Ol:
		return appendFragList(out, n)
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		out = appendNodeBlocks(out, ch, depth+1)
	}
	return out
}

// appendFragText appends the text of n as one block of kind.
func appendFragText(out []Block, kind BlockKind, level int, n *html.Node) []Block {
	if t := CleanText(NodeText(n)); t != "" {
		out = append(out, Block{Kind: kind, Text: t, Level: level})
	}
	return out
}

// appendFragList appends the items of the list n as one list block.
func appendFragList(out []Block, n *html.Node) []Block {
	var items []string
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.DataAtom == atom.Li {
			if t := CleanText(NodeText(ch)); t != "" {
				items = append(items, t)
			}
		}
	}
	if len(items) > 0 {
		out = append(out, Block{Kind: BlockList, Items: items})
	}
	return out
}
