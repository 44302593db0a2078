package main

import (
	"context"
	"fmt"
	"io"
	"iter"
	"sync"
	"sync/atomic"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
	"github.com/depeche-go/depeche/internal/errkind"
)

// result is what became of one input: its article rendered in the output
// format, or its error.
type result struct {
	seq int
	in  input
	out []byte
	err error
}

// batch parses inputs on several workers.
type batch struct {
	parser  *depeche.Parser
	workers int
	ordered bool   // results in input order, or as they finish
	url     string // the -url flag: for inputs that do not say
	render  func(input, *article.Article) ([]byte, error)
	total   atomic.Int64
}

// run parses every input and calls emit with each result, in input order
// when b.ordered, from the calling goroutine. At most a few inputs per
// worker are in flight, so memory does not grow with the batch. When ctx
// is canceled it stops taking inputs, and results cut short by the
// cancellation are not emitted.
func (b *batch) run(ctx context.Context, inputs iter.Seq[input], emit func(result)) {
	b.total.Store(-1)
	window := make(chan struct{}, 4*b.workers)
	jobs := make(chan result)
	go b.produce(ctx, inputs, window, jobs)
	results := make(chan result, b.workers)
	var wg sync.WaitGroup
	for range b.workers {
		wg.Go(func() {
			for j := range jobs {
				results <- b.parse(ctx, j)
			}
		})
	}
	go func() { wg.Wait(); close(results) }()
	b.collect(ctx, results, window, emit)
}

// produce numbers the inputs and hands them to the workers, never more
// than the window holds at once.
func (b *batch) produce(ctx context.Context, inputs iter.Seq[input], window chan struct{}, jobs chan<- result) {
	defer close(jobs)
	seq := 0
	for in := range inputs {
		select {
		case window <- struct{}{}:
		case <-ctx.Done():
			return
		}
		select {
		case jobs <- result{seq: seq, in: in}:
		case <-ctx.Done():
			return
		}
		seq++
	}
	b.total.Store(int64(seq))
}

// collect emits results, in order when asked, freeing a window slot for
// each.
func (b *batch) collect(ctx context.Context, results <-chan result, window chan struct{}, emit func(result)) {
	pending := make(map[int]result)
	next := 0
	for r := range results {
		if !b.ordered {
			b.emit(ctx, r, emit)
			<-window
			continue
		}
		pending[r.seq] = r
		for r, ok := pending[next]; ok; r, ok = pending[next] {
			delete(pending, next)
			b.emit(ctx, r, emit)
			<-window
			next++
		}
	}
}

// emit passes r on unless it was cut short by an interruption.
func (b *batch) emit(ctx context.Context, r result, emit func(result)) {
	if ctx.Err() != nil && errkind.Canceled(r.err) {
		return
	}
	emit(r)
}

// parse reads and renders one input. A panic in the parser fails that
// input alone.
func (b *batch) parse(ctx context.Context, r result) (out result) {
	out = r
	if r.in.err != nil {
		out.err = r.in.err
		return out
	}
	defer func() {
		if p := recover(); p != nil {
			out.out, out.err = nil, fmt.Errorf("internal error: %v", p)
		}
	}()
	a, err := b.parseInput(ctx, r.in)
	if err != nil {
		out.err = err
		return out
	}
	out.out, out.err = b.render(r.in, a)
	return out
}

func (b *batch) parseInput(ctx context.Context, in input) (*article.Article, error) {
	rc, err := in.open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	url := in.url
	if url == "" {
		url = b.url
	}
	return b.parser.Parse(ctx, io.Reader(rc), depeche.WithURL(url), depeche.WithCharset(in.charset))
}
