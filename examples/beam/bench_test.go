package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/internal/cputime"
)

// BenchmarkParse measures what one worker thread parses: the pages that
// the glob in BENCH_PAGES names (HTML, plain or .gz) are read into memory,
// then parsed one after the other by one goroutine, as one Beam bundle
// is. It reports pages per second of wall time and per second of CPU
// time (steadier on a shared machine). Without BENCH_PAGES it is skipped:
//
//	BENCH_PAGES='/path/to/*.html.gz' go test -run '^$' -bench Parse -benchtime 5x
func BenchmarkParse(b *testing.B) {
	glob := os.Getenv("BENCH_PAGES")
	if glob == "" {
		b.Skip("BENCH_PAGES is not set")
	}
	pages := loadPages(b, glob)
	p := depeche.New()
	ctx := context.Background()
	cpu0 := cputime.Used()
	for b.Loop() {
		for _, page := range pages {
			p.Parse(ctx, bytes.NewReader(page))
		}
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(n/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(n/(cputime.Used()-cpu0).Seconds(), "pages/cpu-s")
}

func loadPages(b *testing.B, glob string) [][]byte {
	names, err := filepath.Glob(glob)
	require.NoError(b, err)
	require.NotEmpty(b, names)
	r := &readFn{MaxInput: 32 << 20}
	var pages [][]byte
	for _, name := range names {
		f, err := os.Open(name)
		require.NoError(b, err)
		r.file(name, f, func(p Page) { pages = append(pages, p.Body) }, func(_ string, err error) { require.NoError(b, err) })
		f.Close()
	}
	return pages
}
