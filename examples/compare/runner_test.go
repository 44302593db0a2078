package main

import "testing"

func TestKeepFastest(t *testing.T) {
	var kept Run
	keepFastest(&kept, Run{Tool: "x", Elapsed: 30, Alloc: 7, Failures: []Failure{{ID: "a"}}}, 0)
	keepFastest(&kept, Run{Tool: "x", Elapsed: 20, Alloc: 9}, 1)
	keepFastest(&kept, Run{Tool: "x", Elapsed: 25, Alloc: 5}, 2)
	if kept.Elapsed != 20 {
		t.Errorf("elapsed %v, want the fastest pass's 20", kept.Elapsed)
	}
	if kept.Alloc != 7 || len(kept.Failures) != 1 {
		t.Errorf("alloc %d, failures %d: want the first pass's 7 and 1", kept.Alloc, len(kept.Failures))
	}
}
