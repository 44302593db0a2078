package main

import (
	"compress/gzip"
	"context"
	"errors"
	"io/fs"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/internal/warc"
)

// errorKinds name the errors a batch summary counts, in the order tried.
var errorKinds = []struct {
	kind string
	err  error
}{
	{"too_large", depeche.ErrTooLarge},
	{"too_large", warc.ErrTooLarge},
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

// errorKind returns the summary name of err's kind.
func errorKind(err error) string {
	for _, k := range errorKinds {
		if errors.Is(err, k.err) {
			return k.kind
		}
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return "io"
	}
	return "other"
}

func isCanceled(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
