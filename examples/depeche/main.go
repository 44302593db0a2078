// Command depeche turns news articles into structured data.
//
// Usage:
//
//	depeche [flags] [PATH|-]...
//
// Each PATH is an HTML or plain-text file (.html, .htm, .txt, or any of
// them compressed as .gz), a web archive (.warc, .warc.gz: every HTML
// response record is an input), or a directory, walked recursively for
// such files. With no PATH, or with "-", it reads standard input. Whether
// an input is HTML or text is decided from its content.
//
// Formats:
//
//	json      one indented Article per input (the default)
//	jsonl     one compact line per input with its "source" (and, for a
//	          WARC record, "fetched", the capture date), or
//	          {"source", "error"} when the input failed
//	markdown  the article for a person to read
//	text      the title, standfirst and body as plain text
//
// Inputs are parsed by -j workers at once; results are printed in input
// order unless -unordered. When standard error is a terminal, a progress
// line shows the count, rate and time left; a batch ends with a summary of
// what parsed and what failed, by kind. A failed input never stops the
// run. Interrupting (Ctrl-C) stops taking inputs and writes every result
// already finished.
//
// The exit status is 0 when every input parsed, 1 when some failed (the
// others are still printed), 2 on a usage error and 130 when interrupted.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// config is what the command line asks for.
type config struct {
	format    string
	url       string
	filesFrom string
	workers   int
	unordered bool
	maxInput  int64
	paths     []string
}

// run is the whole program, with its streams given, returning the exit
// status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return 2
	}
	f, err := lookupFormat(cfg.format)
	if err != nil {
		fmt.Fprintln(stderr, "depeche:", err)
		return 2
	}
	out := newOutput(f, stdout)
	limits := article.DefaultLimits()
	limits.MaxInputBytes = cfg.maxInput
	b := &batch{parser: depeche.New(depeche.WithLimits(limits)), workers: cfg.workers, ordered: !cfg.unordered, url: cfg.url, render: f.article}
	t := newTally()
	bar := progressLine{w: terminal(stderr)}
	b.run(ctx, cfg.inputs(stdin), func(r result) {
		t.add(r.err)
		report(r, out, stderr)
		bar.show(t.progress(b.total.Load()))
	})
	bar.clear()
	return finish(ctx, t, out, stderr)
}

// finish closes the output, prints the summary of a batch and returns
// the exit status.
func finish(ctx context.Context, t *tally, out *output, stderr io.Writer) int {
	if err := out.Close(); err != nil {
		fmt.Fprintln(stderr, "depeche:", err)
		return 1
	}
	if t.done() > 1 || t.failed > 0 {
		fmt.Fprintln(stderr, "depeche:", t.summary())
	}
	switch {
	case ctx.Err() != nil:
		fmt.Fprintln(stderr, "depeche: interrupted")
		return 130
	case t.failed > 0:
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("depeche", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.format, "format", "json", "output `format`: json, jsonl, markdown or text")
	fs.StringVar(&cfg.url, "url", "", "the `URL` the inputs were fetched from")
	fs.StringVar(&cfg.filesFrom, "files-from", "", "read input paths, one per line, from `FILE` (- for standard input)")
	fs.IntVar(&cfg.workers, "j", runtime.NumCPU(), "parse `N` inputs at once")
	fs.BoolVar(&cfg.unordered, "unordered", false, "print results as they finish, not in input order")
	fs.Int64Var(&cfg.maxInput, "max-input", article.DefaultLimits().MaxInputBytes, "largest input in `bytes`, after decompression")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: depeche [flags] [PATH|-]...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	cfg.paths = fs.Args()
	if cfg.workers < 1 {
		fmt.Fprintln(stderr, "depeche: -j must be at least 1")
		return cfg, flag.ErrHelp
	}
	if len(cfg.paths) == 0 && cfg.filesFrom == "" {
		cfg.paths = []string{"-"}
	}
	return cfg, nil
}

// inputs lists the inputs of the command line: the paths, then those of
// -files-from.
func (cfg config) inputs(stdin io.Reader) iter.Seq[input] {
	l := lister{stdin: stdin, maxBytes: cfg.maxInput}
	return func(yield func(input) bool) {
		for in := range l.inputs(cfg.paths) {
			if !yield(in) {
				return
			}
		}
		if cfg.filesFrom == "" {
			return
		}
		for in := range l.fromList(cfg.filesFrom) {
			if !yield(in) {
				return
			}
		}
	}
}

// report writes one result, and an input's error to standard error too.
func report(r result, out *output, stderr io.Writer) {
	if r.err != nil {
		fmt.Fprintf(stderr, "depeche: %s: %v\n", r.in.name, r.err)
	}
	if err := out.write(r); err != nil {
		fmt.Fprintln(stderr, "depeche:", err)
	}
}

// terminal returns w when it is a terminal, for the progress line, and
// nil otherwise.
func terminal(w io.Writer) io.Writer {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return w
}
