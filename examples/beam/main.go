// Command beam parses a crawl with depeche on Apache Beam: every page of
// the files matching -input (WARC or WARC.gz archives, HTML files, plain
// or .gz, or JSON-lines of {"url", "html"} records) becomes one line of
// the sharded JSON-lines output of Articles, or one {"source", "error"}
// line of the failures output.
//
// It runs on the Prism runner in this process by default; -runner picks
// another (dataflow, flink, spark, universal), see README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// Filesystems for -input, -output and -failures: local and gs:// come
	// with beamx, s3:// is registered here.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	"github.com/depeche-go/depeche/article"
)

var (
	input     = flag.String("input", "", "`glob` of the files to parse (local, gs:// or s3://)")
	output    = flag.String("output", "", "`prefix` of the article shards")
	failures  = flag.String("failures", "", "`prefix` of the failure shards (default: -output with \"-failures\")")
	shards    = flag.Int("shards", 4, "`number` of shards of each output")
	reshuffle = flag.Bool("reshuffle", true, "spread the pages of each file over the workers (false: parse them where the file is read)")
	maxInput  = flag.Int64("max-input", article.DefaultLimits().MaxInputBytes, "largest page or WARC record in `bytes`")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" || *shards < 1 {
		fmt.Fprintln(os.Stderr, "usage: beam -input GLOB -output PREFIX [-failures PREFIX] [-shards N] [-runner R]")
		flag.PrintDefaults()
		os.Exit(2)
	}
	if *failures == "" {
		*failures = *output + "-failures"
	}
	cfg := config{Input: *input, Output: *output, Failures: *failures, Shards: *shards, MaxInput: *maxInput, Reshuffle: *reshuffle}
	if err := run(context.Background(), cfg, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}

// run builds the pipeline, runs it on the runner -runner names and prints
// its counters to w.
func run(ctx context.Context, cfg config, w io.Writer) error {
	res, err := beamx.RunWithMetrics(ctx, build(cfg))
	if err != nil {
		return err
	}
	if res == nil {
		return nil
	}
	sums := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		sums[c.Name()] += c.Result()
	}
	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "%s=%d\n", n, sums[n])
	}
	return nil
}
