// Command compare measures body-text extractors side by side on the
// benchmark page folders: depeche, go-trafilatura, readeck go-readability
// and a bare html.Parse as the floor. See README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
)

// config is the command line.
type config struct {
	data, set, tools string
	n, passes        int
	verbose          bool
}

func parseFlags() config {
	var c config
	flag.StringVar(&c.data, "data", "../../../shared/bench", "folder holding the benchmark folders")
	flag.StringVar(&c.set, "set", "all", "scrapinghub, wcxb, wcxb-devhalf, wcxb-heldout, fundus, dates, htmldate, trafilatura-eval or all")
	flag.StringVar(&c.tools, "tools", defaultTools, "comma-separated tools to run, in order: "+toolList())
	flag.IntVar(&c.n, "n", 0, "use only the first N pages of each set (0: all)")
	flag.IntVar(&c.passes, "passes", 1, "time every tool over each set this many times, the tools taking turns, and report each tool's fastest pass")
	flag.BoolVar(&c.verbose, "v", false, "list every failure and each page's body F1")
	flag.Parse()
	return c
}

func main() {
	c := parseFlags()
	if err := run(context.Background(), c); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, c config) error {
	if _, err := os.Stat(c.data); errors.Is(err, fs.ErrNotExist) {
		fmt.Printf("compare: no benchmark data at %s; nothing to measure (give -data DIR)\n", c.data)
		return nil
	}
	chosen, err := selectSets(c.set)
	if err != nil {
		return err
	}
	ts, err := selectTools(c.tools)
	if err != nil {
		return err
	}
	for _, s := range chosen {
		if err := runSet(ctx, c, s, ts); err != nil {
			return err
		}
	}
	return nil
}

// runSet loads one set, runs every tool over it in turn and reports.
func runSet(ctx context.Context, c config, s Set, ts []Tool) error {
	pages, err := s.load(c.data, c.n)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Printf("compare: %s: no data under %s, skipped\n", s.Name, c.data)
		return nil
	}
	if err != nil || len(pages) == 0 {
		return err
	}
	runs := make([]Run, len(ts))
	for pass := range max(c.passes, 1) {
		for i, t := range ts {
			keepFastest(&runs[i], runTool(ctx, t, pages), pass)
		}
	}
	outs := make([]Outcome, 0, len(ts))
	for _, r := range runs {
		outs = append(outs, Outcome{Run: r, Scores: score(s.Fields, pages, r), Pages: len(pages)})
	}
	report(os.Stdout, s, pages, outs, c.verbose)
	if c.verbose {
		reportMisses(os.Stdout, pages, outs)
		reportPages(os.Stdout, pages, outs)
	}
	return nil
}
