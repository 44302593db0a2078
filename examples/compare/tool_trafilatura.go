package main

import (
	"bytes"
	"context"

	"github.com/markusmobius/go-trafilatura"
)

// trafilaturaTool runs go-trafilatura's Extract with its default options
// (no fallback extractors, comments kept apart) and the page URL. With
// fallback set it also runs its readability and dom-distiller fallbacks
// (EnableFallback), which also turns go-htmldate's extensive mode on: the
// setting the numbers in the benchmarks' PROVENANCE.md were measured with.
// Title, author, date and tags (its categories and tags) come from its
// Metadata; Author is one string, names joined by "; ".
func trafilaturaTool(name string, fallback bool) Tool {
	return Tool{Name: name, Extract: func(_ context.Context, p *Page) (Result, error) {
		opts := trafilatura.Options{OriginalURL: pageURL(p), EnableFallback: fallback}
		res, err := trafilatura.Extract(bytes.NewReader(p.HTML), opts)
		if err != nil {
			return Result{}, err
		}
		m := res.Metadata
		return Result{
			Text: res.ContentText, Title: m.Title,
			Authors: nonEmpty(m.Author), Date: dayOf(m.Date),
			Tags: append(append([]string(nil), m.Categories...), m.Tags...),
		}, nil
	}}
}
