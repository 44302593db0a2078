package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"

	"github.com/depeche-go/depeche/article"
	"github.com/depeche-go/depeche/internal/jsonl"
)

// format renders results in one output format. Rendering runs on the
// workers, so that a batch's single writer only copies bytes.
type format struct {
	// article renders a parsed input.
	article func(in input, a *article.Article) ([]byte, error)
	// failure renders a failed input; nil writes nothing.
	failure func(in input, err error) []byte
	// separator stands between two rendered articles.
	separator string
}

// formats are the -format values.
var formats = map[string]format{
	"json":     {article: renderJSON},
	"jsonl":    {article: renderJSONL, failure: renderFailure},
	"markdown": {article: renderWith(writeMarkdown), separator: "\n---\n\n"},
	"md":       {article: renderWith(writeMarkdown), separator: "\n---\n\n"},
	"text":     {article: renderWith(writePlain), separator: "\n---\n\n"},
	"txt":      {article: renderWith(writePlain), separator: "\n---\n\n"},
}

// lookupFormat returns the format named name.
func lookupFormat(name string) (format, error) {
	f, ok := formats[name]
	if !ok {
		return format{}, fmt.Errorf("unknown format %q (want json, jsonl, markdown or text)", name)
	}
	return f, nil
}

func renderJSON(_ input, a *article.Article) ([]byte, error) { return jsonl.Encode(a, "  ") }

func renderJSONL(in input, a *article.Article) ([]byte, error) {
	return jsonl.Encode(jsonl.Sourced{Source: in.name, Fetched: in.fetched, Article: a}, "")
}

func renderFailure(in input, err error) []byte {
	b, _ := jsonl.Encode(jsonl.Failure{Source: in.name, Error: err.Error()}, "")
	return b
}

// renderWith adapts a renderer for people to the format's signature.
func renderWith(render func(io.Writer, *article.Article)) func(input, *article.Article) ([]byte, error) {
	return func(_ input, a *article.Article) ([]byte, error) {
		var buf bytes.Buffer
		render(&buf, a)
		return buf.Bytes(), nil
	}
}

// output writes rendered results in order, with the format's separators.
type output struct {
	w        *bufio.Writer
	f        format
	articles int
}

func newOutput(f format, w io.Writer) *output { return &output{w: bufio.NewWriter(w), f: f} }

// write writes one result: its rendering, or its failure line.
func (o *output) write(r result) error {
	b := r.out
	if r.err != nil {
		if o.f.failure == nil {
			return nil
		}
		b = o.f.failure(r.in, r.err)
	} else {
		if o.articles > 0 {
			o.w.WriteString(o.f.separator)
		}
		o.articles++
	}
	if _, err := o.w.Write(b); err != nil {
		return err
	}
	return o.w.Flush()
}

// Close flushes what is left.
func (o *output) Close() error { return o.w.Flush() }
