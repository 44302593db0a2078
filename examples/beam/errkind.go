package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io/fs"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/internal/warc"
)

// kinds name the errors counted apart, in the order tried; the names are
// the command-line program's.
var kinds = []struct {
	name string
	err  error
}{
	{"too_large", depeche.ErrTooLarge},
	{"too_large", warc.ErrTooLarge},
	{"too_large", errLineTooLong},
	{"empty", depeche.ErrEmpty},
	{"binary", depeche.ErrBinary},
	{"not_article", depeche.ErrNotArticle},
	{"warc", warc.ErrFormat},
	{"gzip", gzip.ErrHeader},
	{"gzip", gzip.ErrChecksum},
	{"not_found", fs.ErrNotExist},
	{"permission", fs.ErrPermission},
	{"canceled", context.Canceled},
	{"timeout", context.DeadlineExceeded},
}

// errorKind returns the counter name of err's kind.
func errorKind(err error) string {
	for _, k := range kinds {
		if errors.Is(err, k.err) {
			return k.name
		}
	}
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax), errors.As(err, &typ):
		return "json"
	}
	return "other"
}
