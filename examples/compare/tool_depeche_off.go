//go:build nodepeche

package main

import (
	"context"
	"errors"
)

// depecheTool stands in for depeche when the program is built with
// -tags nodepeche, so that the peers can be measured while the library
// does not build. Every page fails.
func depecheTool() Tool {
	return Tool{Name: "depeche", Extract: func(context.Context, *Page) (Result, error) {
		return Result{}, errors.New("built with -tags nodepeche")
	}}
}
