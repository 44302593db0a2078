package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"
)

// warmUpPages is how many pages each tool runs on, untimed, before its
// measured pass.
const warmUpPages = 10

// Failure is a page on which a tool returned an error, panicked or found
// no body text.
type Failure struct {
	ID, Kind, Detail string
}

// Run is one tool's pass over a set: a Result per page (zero where it
// failed), its failures and its cost.
type Run struct {
	Tool     string
	Results  []Result
	Failures []Failure
	Elapsed  time.Duration // extraction calls only
	Alloc    uint64        // bytes allocated during the pass
}

// runTool warms a tool up, then runs it over every page in order, timing
// each extraction call and counting the bytes allocated by the pass.
func runTool(ctx context.Context, t Tool, pages []Page) Run {
	for i := range min(warmUpPages, len(pages)) {
		_, _ = safeExtract(ctx, t, &pages[i])
	}
	run := Run{Tool: t.Name, Results: make([]Result, len(pages))}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := range pages {
		start := time.Now()
		r, err := safeExtract(ctx, t, &pages[i])
		run.Elapsed += time.Since(start)
		run.Results[i] = r
		run.note(pages[i].ID, r, err)
	}
	runtime.ReadMemStats(&after)
	run.Alloc = after.TotalAlloc - before.TotalAlloc
	return run
}

// keepFastest folds pass number pass of a tool into kept: the first pass
// gives the results, failures and allocations (the same on every pass, as
// the tools are deterministic), and the fastest pass the time. On a
// shared machine the fastest of a few passes, the tools taking turns, is
// the one least slowed by other work.
func keepFastest(kept *Run, r Run, pass int) {
	switch {
	case pass == 0:
		*kept = r
	case r.Elapsed < kept.Elapsed:
		kept.Elapsed = r.Elapsed
	}
}

// note records a failure on page id, if there is one.
func (run *Run) note(id string, r Result, err error) {
	switch {
	case err == nil && strings.TrimSpace(r.Text) == "":
		run.Failures = append(run.Failures, Failure{id, "empty", ""})
	case err == nil:
	case errors.As(err, new(panicError)):
		run.Failures = append(run.Failures, Failure{id, "panic", err.Error()})
	default:
		run.Failures = append(run.Failures, Failure{id, "error", err.Error()})
	}
}

// panicError is a panic recovered from a tool.
type panicError struct{ value any }

func (e panicError) Error() string { return fmt.Sprintf("panic: %v", e.value) }

// safeExtract calls the tool, turning a panic into a panicError.
func safeExtract(ctx context.Context, t Tool, p *Page) (r Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			r, err = Result{}, panicError{v}
		}
	}()
	return t.Extract(ctx, p)
}

// failureCounts sums a run's failures by kind.
func (run *Run) failureCounts() map[string]int {
	counts := make(map[string]int)
	for _, f := range run.Failures {
		counts[f.Kind]++
	}
	return counts
}
