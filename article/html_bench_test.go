package article

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseHTML parses each HTML page of testdata in turn.
func BenchmarkParseHTML(b *testing.B) {
	files, err := filepath.Glob("../testdata/*.html")
	if err != nil || len(files) == 0 {
		b.Skip("no HTML pages in testdata")
	}
	var pages [][]byte
	size := 0
	for _, f := range files {
		p, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		size += len(p)
	}
	cfg := testConfig()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := ParseHTML(context.Background(), cfg, bytes.NewReader(p), Input{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
