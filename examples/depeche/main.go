// Command depeche turns news articles into structured data.
//
// Usage:
//
//	depeche [-format json|jsonl|markdown|text] [-url URL] [PATH|-]...
//
// Each PATH is an HTML or plain-text file (.html, .htm, .txt, or any of
// them compressed as .gz) or a directory, walked recursively for such
// files. With no PATH, or with "-", it reads standard input. Whether an
// input is HTML or text is decided from its content.
//
// Formats:
//
//	json      one indented Article per input (the default)
//	jsonl     one compact line per input with its "source", or
//	          {"source", "error"} when the input failed
//	markdown  the article for a person to read
//	text      the title, standfirst and body as plain text
//
// Errors go to standard error with the path. The exit status is 0 when
// every input parsed, 1 when some failed (the others are still printed)
// and 2 on a usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/depeche-go/depeche"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is what the command line asks for.
type config struct {
	format string
	url    string
	paths  []string
}

// run is the whole program, with its streams given, returning the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return 2
	}
	out, err := newWriter(cfg.format, stdout)
	if err != nil {
		fmt.Fprintln(stderr, "depeche:", err)
		return 2
	}
	p := depeche.New()
	failed := 0
	for in := range inputs(cfg.paths, stdin) {
		if !process(p, cfg, in, out, stderr) {
			failed++
		}
	}
	if err := out.Close(); err != nil {
		fmt.Fprintln(stderr, "depeche:", err)
		return 1
	}
	if failed > 0 {
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("depeche", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.format, "format", "json", "output `format`: json, jsonl, markdown or text")
	fs.StringVar(&cfg.url, "url", "", "the `URL` the input was fetched from")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: depeche [-format json|jsonl|markdown|text] [-url URL] [PATH|-]...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	cfg.paths = fs.Args()
	if len(cfg.paths) == 0 {
		cfg.paths = []string{"-"}
	}
	return cfg, nil
}

// process parses one input and writes its result or its error; it reports
// whether the input parsed.
func process(p *depeche.Parser, cfg config, in input, out writer, stderr io.Writer) bool {
	err := in.err
	if err == nil {
		err = parseOne(p, cfg, in, out)
	}
	if err == nil {
		return true
	}
	fmt.Fprintf(stderr, "depeche: %s: %v\n", in.name, err)
	if werr := out.WriteError(in.name, err); werr != nil {
		fmt.Fprintln(stderr, "depeche:", werr)
	}
	return false
}

func parseOne(p *depeche.Parser, cfg config, in input, out writer) error {
	r, err := in.open()
	if err != nil {
		return err
	}
	defer r.Close()
	a, err := p.Parse(context.Background(), r, depeche.WithURL(cfg.url))
	if err != nil {
		return err
	}
	if a == nil {
		return errors.New("no article")
	}
	return out.WriteArticle(in.name, a)
}
