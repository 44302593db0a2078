// Package errkind names the kinds of error that batch runs count apart:
// the command-line program's summary and the Beam pipeline's counters use
// the same names.
package errkind

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io/fs"

	"github.com/depeche-go/depeche/article"
	"github.com/depeche-go/depeche/internal/warc"
)

// kinds are the errors told apart, in the order tried.
var kinds = []struct {
	name string
	err  error
}{
	{"too_large", article.ErrTooLarge},
	{"too_large", warc.ErrTooLarge},
	{"empty", article.ErrEmpty},
	{"binary", article.ErrBinary},
	{"not_article", article.ErrNotArticle},
	{"warc", warc.ErrFormat},
	{"gzip", gzip.ErrHeader},
	{"gzip", gzip.ErrChecksum},
	{"not_found", fs.ErrNotExist},
	{"permission", fs.ErrPermission},
	{"canceled", context.Canceled},
	{"timeout", context.DeadlineExceeded},
}

// Of returns the name of err's kind: "too_large", "empty", "binary",
// "not_article", "warc", "gzip", "not_found", "permission", "canceled",
// "timeout", "json", "io", or "other".
func Of(err error) string {
	for _, k := range kinds {
		if errors.Is(err, k.err) {
			return k.name
		}
	}
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var path *fs.PathError
	switch {
	case errors.As(err, &syntax), errors.As(err, &typ):
		return "json"
	case errors.As(err, &path):
		return "io"
	}
	return "other"
}

// Canceled reports whether err comes from a canceled or timed-out context.
func Canceled(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
