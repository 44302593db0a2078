package main

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
)

// config is what a run reads, writes and allows.
type config struct {
	Input    string // glob of the input files
	Output   string // prefix of the article shards
	Failures string // prefix of the failure shards
	Shards   int    // shards of each output
	MaxInput int64  // largest page or WARC record, in bytes
	// Reshuffle spreads the pages of a file over the workers; without it
	// a file's pages are parsed where the file is read.
	Reshuffle bool
}

// build returns the pipeline: files → pages → reshuffle → articles, with
// the failures of reading and of parsing written apart.
//
//	MatchFiles(glob) → ReadMatches → readFn ─┬─ pages → [Reshuffle] → parseFn ─┬─ articles → shards
//	                                         └─ failures ────────────── Flatten ┴─ failures → shards
func build(cfg config) *beam.Pipeline {
	p, s := beam.NewPipelineWithRoot()
	matches := fileio.MatchFiles(s, cfg.Input, fileio.MatchEmptyDisallow())
	// readFn undoes gzip itself: the WARC reader needs the gzip members to
	// give each record's offset.
	files := fileio.ReadMatches(s, matches, fileio.ReadUncompressed())
	pages, readFailed := beam.ParDo2(s, &readFn{MaxInput: cfg.MaxInput}, files)
	if cfg.Reshuffle {
		// Records of one file were read on one worker: spread their parsing.
		pages = beam.Reshuffle(s, pages)
	}
	articles, parseFailed := beam.ParDo2(s, &parseFn{MaxInput: cfg.MaxInput}, pages)
	writeShards(s.Scope("articles"), cfg.Output, cfg.Shards, articles)
	writeShards(s.Scope("failures"), cfg.Failures, cfg.Shards, beam.Flatten(s, readFailed, parseFailed))
	return p
}
