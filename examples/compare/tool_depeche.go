package main

import (
	"bytes"
	"context"
	"strings"
	"sync"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
)

// depecheTool runs depeche's ParseHTML with the page URL, one Parser for
// all pages (it is safe for concurrent use and meant to be reused). The
// Parser is built on the first call, which is a warm-up call, so New is
// neither timed nor counted.
func depecheTool(name string, newParser func() *depeche.Parser) Tool {
	parser := sync.OnceValue(newParser)
	return Tool{Name: name, Extract: func(ctx context.Context, p *Page) (Result, error) {
		a, err := parser().ParseHTML(ctx, bytes.NewReader(p.HTML), depeche.WithURL(p.URL))
		if err != nil {
			return Result{}, err
		}
		return depecheResult(a), nil
	}}
}

// newDefaultParser is depeche with all its default extensions, entities
// and quotes included: what a user gets from depeche.New.
func newDefaultParser() *depeche.Parser { return depeche.New() }

// newTextParser is depeche without entity recognition and quotes, the
// extensions no peer has: the fair measure of extraction speed.
func newTextParser() *depeche.Parser {
	return depeche.New(depeche.WithoutDefaults(), depeche.WithExtensions(
		article.French, article.English, article.Tweets, article.Embeds,
		article.Summaries, article.LanguageDetection,
	))
}

// depecheResult maps an Article to the compared fields.
func depecheResult(a *article.Article) Result {
	r := Result{Text: a.Text, Title: a.Title, Standfirst: a.Standfirst, Tags: a.Tags, PageType: a.PageType}
	for _, au := range a.Authors {
		r.Authors = append(r.Authors, au.Name)
	}
	if a.Published != nil {
		r.Date = a.Published.String()
	}
	if a.Summary != nil {
		r.KeyPoints = strings.Join(a.Summary.Points, "\n")
	}
	r.Headings = depecheHeadings(a.Sections)
	return r
}

// depecheHeadings lists the section headings and heading blocks.
func depecheHeadings(sections []article.Section) []string {
	var hs []string
	for _, s := range sections {
		if s.Heading != "" {
			hs = append(hs, s.Heading)
		}
		for _, b := range s.Blocks {
			if b.Kind == article.BlockHeading && b.Text != "" {
				hs = append(hs, b.Text)
			}
		}
	}
	return hs
}
