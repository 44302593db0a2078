package main

import (
	"bytes"
	"context"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlTool is the floor: a bare html.Parse and the page's text, to show
// what parsing alone costs. It gives no metadata.
func htmlTool() Tool {
	return Tool{Name: "html", Extract: func(_ context.Context, p *Page) (Result, error) {
		doc, err := html.Parse(bytes.NewReader(p.HTML))
		if err != nil {
			return Result{}, err
		}
		var b strings.Builder
		writeText(&b, doc)
		return Result{Text: b.String()}, nil
	}}
}

// writeText writes every text node under n, one per line, leaving out
// script and style, and noscript, whose content html.Parse keeps as raw
// markup rather than text.
func writeText(b *strings.Builder, n *html.Node) {
	switch {
	case n.Type == html.TextNode:
		b.WriteString(n.Data)
		b.WriteByte('\n')
		return
	case n.DataAtom == atom.Script, n.DataAtom == atom.Style, n.DataAtom == atom.Noscript:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeText(b, c)
	}
}
