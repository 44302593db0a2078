package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
)

func TestMain(m *testing.M) { ptest.Main(m) }

// testPage is a page the pipeline reads, and what the library is given
// with it.
type testPage struct {
	url, charset, fetched string
	body                  []byte
}

// inputs writes the test inputs into dir and returns what each source
// holds: the testdata pages as files (one gzipped), two of them in a
// WARC.gz with an image record, one in a JSON-lines file with a line that
// is not JSON, and a page of random bytes.
func inputs(t *testing.T, dir string) (map[string]testPage, []string) {
	paths, err := filepath.Glob("../../testdata/*.html")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 3)
	pages := map[string]testPage{}
	for i, p := range paths {
		body, err := os.ReadFile(p)
		require.NoError(t, err)
		name := filepath.Join(dir, filepath.Base(p))
		if i == 0 {
			name += ".gz"
		}
		write(t, name, body, i == 0)
		pages[name] = testPage{body: body}
	}
	warcPages := writeWARC(t, filepath.Join(dir, "crawl.warc.gz"), paths[:2])
	for s, w := range warcPages {
		pages[s] = w
	}
	jsonl := filepath.Join(dir, "records.jsonl")
	body, err := os.ReadFile(paths[2])
	require.NoError(t, err)
	line, err := json.Marshal(jsonRecord{URL: "https://example.com/j", HTML: string(body)})
	require.NoError(t, err)
	write(t, jsonl, append(line, "\nnot json\n"...), false)
	pages[jsonl+"#0"] = testPage{url: "https://example.com/j", body: body}
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rand.N(256))
	}
	bad := filepath.Join(dir, "bad.html")
	write(t, bad, random, false)
	pages[bad] = testPage{body: random}
	return pages, []string{fmt.Sprintf("%s#%d", jsonl, len(line)+1)}
}

func write(t *testing.T, name string, data []byte, compress bool) {
	if compress {
		data = gzipped(data)
	}
	require.NoError(t, os.WriteFile(name, data, 0o644))
}

func gzipped(data []byte) []byte {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write(data)
	z.Close()
	return b.Bytes()
}

// writeWARC writes the pages as response records, one gzip member each,
// after a warcinfo record and with an image among them.
func writeWARC(t *testing.T, name string, paths []string) map[string]testPage {
	var data bytes.Buffer
	data.Write(gzipped(warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n")))
	data.Write(gzipped(warcRecord("response", "https://example.com/logo.png", "application/http; msgtype=response",
		"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG")))
	pages := map[string]testPage{}
	for i, p := range paths {
		body, err := os.ReadFile(p)
		require.NoError(t, err)
		url := fmt.Sprintf("https://example.com/%d", i)
		source := fmt.Sprintf("%s#%d", name, data.Len())
		charset := map[bool]string{true: "windows-1252"}[strings.Contains(p, "cp1252")]
		http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=" + charset + "\r\n\r\n" + string(body)
		data.Write(gzipped(warcRecord("response", url, "application/http; msgtype=response", http)))
		pages[source] = testPage{url: url, charset: charset, fetched: "2024-02-26T10:00:00Z", body: body}
	}
	write(t, name, data.Bytes(), false)
	return pages
}

func warcRecord(typ, target, contentType, block string) []byte {
	return fmt.Appendf(nil, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-02-26T10:00:00Z\r\n"+
		"Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, target, contentType, len(block), block)
}

// readShards returns the lines of the shards of prefix by source, with
// "source" and "fetched" taken out of each.
func readShards(t *testing.T, prefix string) (map[string]map[string]json.RawMessage, map[string]string) {
	names, err := filepath.Glob(prefix + "-*-of-*.jsonl")
	require.NoError(t, err)
	lines := map[string]map[string]json.RawMessage{}
	fetched := map[string]string{}
	for _, name := range names {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var m map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(sc.Bytes(), &m))
			var source string
			require.NoError(t, json.Unmarshal(m["source"], &source))
			if f, ok := m["fetched"]; ok {
				fetched[source] = strings.Trim(string(f), `"`)
			}
			delete(m, "source")
			delete(m, "fetched")
			lines[source] = m
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	return lines, fetched
}

func TestPipelineGivesWhatTheLibraryGives(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.Mkdir(in, 0o755))
	pages, badRecords := inputs(t, in)
	out := filepath.Join(dir, "out")
	cfg := config{Input: in + "/*", Output: out + "/articles", Failures: out + "/failures",
		Shards: 3, MaxInput: article.DefaultLimits().MaxInputBytes, Reshuffle: true}
	var counters bytes.Buffer
	require.NoError(t, run(context.Background(), cfg, &counters))

	articles, fetched := readShards(t, cfg.Output)
	failures, _ := readShards(t, cfg.Failures)
	assert.Len(t, articles, len(pages)-1, "every page but the random one parses")
	assert.Len(t, failures, 1+len(badRecords))
	p := depeche.New()
	for source, w := range pages {
		a, err := p.Parse(context.Background(), bytes.NewReader(w.body), depeche.WithURL(w.url), depeche.WithCharset(w.charset))
		if err != nil {
			require.Contains(t, failures, source)
			assert.JSONEq(t, mustJSON(t, err.Error()), string(failures[source]["error"]), source)
			continue
		}
		require.Contains(t, articles, source)
		assert.JSONEq(t, mustJSON(t, a), mustJSON(t, articles[source]), source)
		assert.Equal(t, w.fetched, fetched[source], source)
	}
	for _, source := range badRecords {
		assert.Contains(t, failures, source)
	}
	checkCounters(t, counters.String(), map[string]int{
		"bytes_in": dirSize(t, in), "pages_read": len(pages), "pages_parsed": len(pages) - 1,
		"pages_failed": 1 + len(badRecords), "failed_json": 1, "records_skipped": 2,
	})
}

func dirSize(t *testing.T, dir string) int {
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	n := 0
	for _, e := range entries {
		info, err := e.Info()
		require.NoError(t, err)
		n += int(info.Size())
	}
	return n
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// checkCounters checks that run printed each counter, at most its true
// value: Prism can drop the first values of a counter that bundles
// running at once report before it has learnt the counter's name
// (metricsStore.unprocessedPayloads keeps one payload per short id), so
// only the outputs are exact.
func checkCounters(t *testing.T, printed string, want map[string]int) {
	got := map[string]int{}
	for _, line := range strings.Fields(printed) {
		name, value, _ := strings.Cut(line, "=")
		n := 0
		fmt.Sscan(value, &n)
		got[name] = n
	}
	for name, n := range want {
		assert.Contains(t, got, name)
		assert.LessOrEqual(t, got[name], n, name)
	}
}
