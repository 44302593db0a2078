package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const seed = "../../testdata/mistral-large-fr.txt"

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestJSONFromStdin(t *testing.T) {
	b, err := os.ReadFile(seed)
	require.NoError(t, err)
	code, out, _ := runCLI(t, string(b))
	require.Equal(t, 0, code)
	var a map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &a))
	assert.Equal(t, "fr", a["language"])
	assert.Contains(t, out, "\n  \"title\": ", "json output is indented")
}

func TestJSONLWithSourceAndError(t *testing.T) {
	dir := t.TempDir()
	writeGzip(t, filepath.Join(dir, "a.txt.gz"), "Titre\nUn paragraphe de texte.")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.html"), []byte("   "), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ignored.png"), []byte("x"), 0o644))
	code, out, errOut := runCLI(t, "", "-format", "jsonl", dir, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	assert.Equal(t, filepath.Join(dir, "a.txt.gz"), first["source"])
	assert.Equal(t, "Titre", first["title"])
	assert.Contains(t, lines[1], `"error":"article: empty input"`)
	assert.Contains(t, lines[2], `"source":"`+filepath.Join(dir, "missing.txt"))
	assert.Contains(t, errOut, "b.html: article: empty input")
}

func TestMarkdownAndText(t *testing.T) {
	code, out, _ := runCLI(t, "", "-format", "markdown", seed)
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "# Soutenu par Microsoft"))
	assert.Contains(t, out, "**Tl;dr**\n\n- Mistral AI lance")
	assert.Contains(t, out, "## Collaboration avec Microsoft\n")
	assert.Contains(t, out, "> — Satya Nadella (@satyanadella) 2024-02-26\n")
	code, out, _ = runCLI(t, "", "-format", "text", seed)
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "Soutenu par Microsoft"))
}

func TestUsageErrors(t *testing.T) {
	code, _, errOut := runCLI(t, "", "-format", "xml", seed)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "unknown format")
	code, _, _ = runCLI(t, "", "-nope")
	assert.Equal(t, 2, code)
}

func writeGzip(t *testing.T, path, text string) {
	f, err := os.Create(path)
	require.NoError(t, err)
	z := gzip.NewWriter(f)
	_, err = z.Write([]byte(text))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	require.NoError(t, f.Close())
}

func TestMarkdownNumberedList(t *testing.T) {
	page := `<html><head><title>Bread at home</title></head><body><article><h1>Bread at home</h1>` +
		`<p>Baking bread at home takes an afternoon and a few cheap tools, the baker said on Monday.</p>` +
		`<ol start="2"><li>Preheat the oven.</li><li>Bake the bread.</li></ol>` +
		`<ul><li>Flour</li><li>Water</li></ul>` +
		`<p>The loaf keeps for three days in a cloth bag, and it freezes well for a month or more.</p></article></body></html>`
	code, out, _ := runCLI(t, page, "-format", "markdown")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "2. Preheat the oven.\n3. Bake the bread.\n")
	assert.Contains(t, out, "- Flour\n- Water\n")
}
