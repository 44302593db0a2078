// Package jsonl writes the JSON lines of a batch run: an article with the
// input it came from, or the input's error. The command-line program and
// the Beam pipeline write the same lines.
package jsonl

import (
	"bytes"
	"encoding/json"

	"github.com/depeche-go/depeche/article"
)

// Sourced is an Article with the input it came from and, for a web archive
// record, when the page was captured.
type Sourced struct {
	Source  string `json:"source"`
	Fetched string `json:"fetched,omitempty"`
	*article.Article
}

// Failure is the line written for an input that failed.
type Failure struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// Encode marshals v as one JSON value ending in a newline, indented when
// indent is not empty, with <, > and & left as they are.
func Encode(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", indent)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// Line marshals v on one line, without the newline.
func Line(v any) (string, error) {
	b, err := Encode(v, "")
	return string(bytes.TrimSuffix(b, []byte("\n"))), err
}
