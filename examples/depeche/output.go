package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/depeche-go/depeche/article"
)

// writer prints results in one output format.
type writer interface {
	WriteArticle(in input, a *article.Article) error
	WriteError(in input, err error) error
	Close() error
}

// newWriter returns the writer for format.
func newWriter(format string, w io.Writer) (writer, error) {
	bw := bufio.NewWriter(w)
	switch format {
	case "json":
		return &jsonWriter{w: bw}, nil
	case "jsonl":
		return &jsonlWriter{w: bw}, nil
	case "markdown", "md":
		return &textWriter{w: bw, render: writeMarkdown}, nil
	case "text", "txt":
		return &textWriter{w: bw, render: writePlain}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want json, jsonl, markdown or text)", format)
}

// jsonWriter prints one indented Article per input.
type jsonWriter struct{ w *bufio.Writer }

func (j *jsonWriter) WriteArticle(_ input, a *article.Article) error {
	enc := json.NewEncoder(j.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return err
	}
	return j.w.Flush()
}

func (j *jsonWriter) WriteError(input, error) error { return nil }
func (j *jsonWriter) Close() error                  { return j.w.Flush() }

// jsonlWriter prints one compact line per input, with its source.
type jsonlWriter struct{ w *bufio.Writer }

// sourced is an Article with the input it came from and, for a web
// archive record, when the page was captured.
type sourced struct {
	Source  string `json:"source"`
	Fetched string `json:"fetched,omitempty"`
	*article.Article
}

// failure is the line written for an input that failed.
type failure struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

func (j *jsonlWriter) WriteArticle(in input, a *article.Article) error {
	return j.line(sourced{Source: in.name, Fetched: in.fetched, Article: a})
}

func (j *jsonlWriter) WriteError(in input, err error) error {
	return j.line(failure{Source: in.name, Error: err.Error()})
}

func (j *jsonlWriter) line(v any) error {
	enc := json.NewEncoder(j.w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	return j.w.Flush()
}

func (j *jsonlWriter) Close() error { return j.w.Flush() }

// textWriter prints articles for people, separated by a rule.
type textWriter struct {
	w      *bufio.Writer
	render func(io.Writer, *article.Article)
	count  int
}

func (t *textWriter) WriteArticle(_ input, a *article.Article) error {
	if t.count > 0 {
		fmt.Fprint(t.w, "\n---\n\n")
	}
	t.count++
	t.render(t.w, a)
	return t.w.Flush()
}

func (t *textWriter) WriteError(input, error) error { return nil }
func (t *textWriter) Close() error                  { return t.w.Flush() }
