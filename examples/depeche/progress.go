package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/depeche-go/depeche/internal/errkind"
)

// tally counts results for the progress line and the summary.
type tally struct {
	start  time.Time
	parsed int
	failed int
	kinds  map[string]int
}

func newTally() *tally { return &tally{start: time.Now(), kinds: make(map[string]int)} }

// add counts one result.
func (t *tally) add(err error) {
	if err == nil {
		t.parsed++
		return
	}
	t.failed++
	t.kinds[errkind.Of(err)]++
}

func (t *tally) done() int { return t.parsed + t.failed }

// progress returns the progress line: count, rate and, once the number of
// inputs is known, the time left.
func (t *tally) progress(total int64) string {
	elapsed := time.Since(t.start).Seconds()
	rate := float64(t.done()) / max(elapsed, 1e-9)
	line := fmt.Sprintf("%d done, %d failed, %.1f/s", t.done(), t.failed, rate)
	if total >= 0 && rate > 0 {
		left := time.Duration(float64(total-int64(t.done())) / rate * float64(time.Second))
		line = fmt.Sprintf("%d/%d done, %d failed, %.1f/s, ETA %s", t.done(), total, t.failed, rate, left.Round(time.Second))
	}
	return line
}

// summary returns the closing line: parsed, failed, and failures by kind.
func (t *tally) summary() string {
	s := fmt.Sprintf("%d parsed, %d failed", t.parsed, t.failed)
	if t.failed == 0 {
		return s
	}
	var kinds []string
	for _, k := range slices.Sorted(maps.Keys(t.kinds)) {
		kinds = append(kinds, fmt.Sprintf("%s: %d", k, t.kinds[k]))
	}
	return s + " (" + strings.Join(kinds, ", ") + ")"
}

// progressLine rewrites one line of a terminal, at most a few times a
// second.
type progressLine struct {
	w    io.Writer // nil when standard error is not a terminal
	last time.Time
}

func (p *progressLine) show(line string) {
	if p.w == nil || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\r\033[K%s", line)
}

func (p *progressLine) clear() {
	if p.w != nil && !p.last.IsZero() {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
