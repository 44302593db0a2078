package main

import (
	"bytes"
	"context"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

// readabilityTool runs readeck go-readability's FromReader with the page
// URL and renders the article as text with RenderText. Title, byline and
// published time come from its Article.
func readabilityTool() Tool {
	return Tool{Name: "readability", Extract: func(_ context.Context, p *Page) (Result, error) {
		art, err := readability.FromReader(bytes.NewReader(p.HTML), pageURL(p))
		if err != nil {
			return Result{}, err
		}
		var text strings.Builder
		if art.Node != nil {
			if err := art.RenderText(&text); err != nil {
				return Result{}, err
			}
		}
		r := Result{Text: text.String(), Title: art.Title(), Authors: nonEmpty(art.Byline())}
		if t, err := art.PublishedTime(); err == nil {
			r.Date = dayOf(t)
		}
		return r, nil
	}}
}
