package main

import (
	"errors"

	"github.com/depeche-go/depeche/internal/errkind"
)

// errorKind returns the counter name of err's kind: the command-line
// program's names (internal/errkind), with an over-long JSON line counted
// as too large.
func errorKind(err error) string {
	if errors.Is(err, errLineTooLong) {
		return "too_large"
	}
	return errkind.Of(err)
}
