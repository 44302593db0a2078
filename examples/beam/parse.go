package main

import (
	"bytes"
	"context"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
	"github.com/depeche-go/depeche/internal/jsonl"
)

func init() {
	register.DoFn4x1[context.Context, Page, func(string), func(string), error](&parseFn{})
}

var (
	pagesParsed = beam.NewCounter("depeche", "pages_parsed")
	pagesFailed = beam.NewCounter("depeche", "pages_failed")
)

// parseFn turns each page into a JSON line of its Article, or of its
// failure. Each worker builds one Parser, safe for concurrent use.
type parseFn struct {
	MaxInput int64 // largest page parsed

	parser *depeche.Parser
}

// Setup builds the worker's parser.
func (fn *parseFn) Setup() {
	limits := article.DefaultLimits()
	limits.MaxInputBytes = fn.MaxInput
	fn.parser = depeche.New(depeche.WithLimits(limits))
}

// ProcessElement parses one page; a page that fails never stops the
// pipeline.
func (fn *parseFn) ProcessElement(ctx context.Context, p Page, emit func(string), fail func(string)) error {
	a, err := fn.parse(ctx, p)
	if err != nil {
		fail(failureLine(ctx, p.Source, err))
		return nil
	}
	line, err := jsonl.Line(jsonl.Sourced{Source: p.Source, Fetched: p.Fetched, Article: a})
	if err != nil {
		fail(failureLine(ctx, p.Source, err))
		return nil
	}
	pagesParsed.Inc(ctx, 1)
	emit(line)
	return nil
}

// parse reads one page, HTML or text as its first bytes say. A panic in
// the parser fails that page alone.
func (fn *parseFn) parse(ctx context.Context, p Page) (a *article.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	return fn.parser.Parse(ctx, bytes.NewReader(p.Body), depeche.WithURL(p.URL), depeche.WithCharset(p.Charset))
}

// failureLine counts a failure, by kind, and returns its JSON line.
func failureLine(ctx context.Context, source string, err error) string {
	pagesFailed.Inc(ctx, 1)
	beam.NewCounter("depeche", "failed_"+errorKind(err)).Inc(ctx, 1)
	line, _ := jsonl.Line(jsonl.Failure{Source: source, Error: err.Error()})
	return line
}
