package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonlSources runs the program with -format jsonl and returns the source
// and error of each line, in order.
func jsonlSources(t *testing.T, args ...string) (int, []map[string]any) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), append([]string{"-format", "jsonl"}, args...), strings.NewReader(""), &out, &errOut)
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		lines = append(lines, m)
	}
	return code, lines
}

func TestBatchKeepsInputOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 40 {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		require.NoError(t, os.WriteFile(p, []byte(fmt.Sprintf("Titre %d\nUn paragraphe de texte numéro %d.", i, i)), 0o644))
		want = append(want, p)
	}
	code, lines := jsonlSources(t, "-j", "4", dir)
	require.Equal(t, 0, code)
	var got []string
	for _, l := range lines {
		got = append(got, l["source"].(string))
	}
	assert.Equal(t, want, got)

	code, lines = jsonlSources(t, "-j", "4", "-unordered", dir)
	require.Equal(t, 0, code)
	assert.Len(t, lines, 40)
}

func TestFilesFrom(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "list")
	require.NoError(t, os.WriteFile(list, []byte("\n"+seed+"\n\n"+filepath.Join(dir, "missing.txt")+"\n"), 0o644))
	code, lines := jsonlSources(t, "-files-from", list)
	assert.Equal(t, 1, code)
	require.Len(t, lines, 2)
	assert.Equal(t, seed, lines[0]["source"])
	assert.Contains(t, lines[1]["error"], "no such file")
}

// gzipBomb writes a gzip stream that expands to size bytes of zeros
// without compressing them all: a flushed deflate segment of 1 MiB of
// zeros only refers back to the zeros before it, so it can be repeated.
func gzipBomb(t *testing.T, path string, size int64) {
	var seg bytes.Buffer
	fw, err := flate.NewWriter(&seg, flate.BestCompression)
	require.NoError(t, err)
	zeros := make([]byte, 1<<20)
	fw.Write(zeros)
	fw.Flush()
	first := bytes.Clone(seg.Bytes())
	seg.Reset()
	fw.Write(zeros)
	fw.Flush()
	var out bytes.Buffer
	out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	out.Write(first)
	for range size>>20 - 1 {
		out.Write(seg.Bytes())
	}
	require.NoError(t, os.WriteFile(path, out.Bytes(), 0o644))
}

// TestHostileBatch is the batch of the reliability issue: the seed, random
// bytes, a 2 GiB gzip bomb and a page 200,000 elements deep. Every input
// gets its line, the seed first, and the run exits 1.
func TestHostileBatch(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile(seed)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a-seed.txt"), b, 0o644))
	random := make([]byte, 1<<20)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(r.UintN(256))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b-random.html"), random, 0o644))
	gzipBomb(t, filepath.Join(dir, "c-bomb.html.gz"), 2<<30)
	deep := "<html><body>" + strings.Repeat("<div>", 200000) + "<p>Deep text that a reader can still find, at the bottom of it all.</p></body></html>"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d-deep.html"), []byte(deep), 0o644))

	code, lines := jsonlSources(t, "-j", "2", dir)
	assert.Equal(t, 1, code)
	require.Len(t, lines, 4)
	assert.Equal(t, "Soutenu par Microsoft, le français Mistral lance une IA conversationnelle", lines[0]["title"])
	assert.Contains(t, lines[1]["error"], "not text")
	assert.Contains(t, lines[2]["error"], "too large")
	assert.Contains(t, lines[3]["text"], "Deep text that a reader can still find")
}

func TestInterruptedRunWritesNothingHalfDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := run(ctx, []string{"-format", "jsonl", seed, seed}, strings.NewReader(""), &out, &errOut)
	assert.Equal(t, 130, code)
	assert.Contains(t, errOut.String(), "interrupted")
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		assert.NotContains(t, l, `"error"`, "a canceled input is not reported as failed")
	}
}

func TestWARCInput(t *testing.T) {
	page := "<html><head><title>Un titre</title></head><body><article><h1>Un titre</h1><p>Le premier paragraphe de l'article, assez long pour être lu comme tel.</p><p>Un second paragraphe suit le premier.</p></article></body></html>"
	http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
	rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.fr/article\r\nWARC-Date: 2024-02-26T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(http), http)
	info := "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
	var gz bytes.Buffer
	for _, r := range []string{info, rec} {
		z := gzip.NewWriter(&gz)
		z.Write([]byte(r))
		z.Close()
	}
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	require.NoError(t, os.WriteFile(path, gz.Bytes(), 0o644))
	code, lines := jsonlSources(t, path)
	require.Equal(t, 0, code)
	require.Len(t, lines, 1)
	assert.Regexp(t, `crawl\.warc\.gz#\d+$`, lines[0]["source"])
	assert.Equal(t, "2024-02-26T10:00:00Z", lines[0]["fetched"])
	assert.Equal(t, "https://example.fr/article", lines[0]["url"])
	assert.Equal(t, "Un titre", lines[0]["title"])
}
