package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMarkdownNestedList(t *testing.T) {
	page := `<html><head><title>Tools of the trade</title></head><body><article><h1>Tools of the trade</h1>` +
		`<p>Every electrician carries a few tools, and knows where to buy them, the trainer said on Monday.</p>` +
		`<ol><li>Pliers<ul><li>Plan to spend: $15</li><li>Buying options:<ul><li>Hardware store</li></ul></li></ul></li><li>Tape</li></ol>` +
		`<p>The list grows with the years, as the jobs do, and most of it fits in one bag.</p></article></body></html>`
	code, out, _ := runCLI(t, page, "-format", "markdown")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "1. Pliers\n    - Plan to spend: $15\n    - Buying options:\n        - Hardware store\n2. Tape\n")
}
