package entities

import (
	"runtime"
	"sync"
)

// maxKeptStates bounds the tagStates a Tagger keeps across garbage
// collections (each holds a word cache of up to some 8 MB).
const maxKeptStates = 4

// tagStates hands out the tagStates of a Tagger, one to each goroutine
// tagging at a given moment. A sync.Pool alone lost the word caches
// often: a state put back on one processor waits in that processor's
// private slot, where a goroutine that has moved to another processor
// cannot take it (it builds a new state with an empty cache), and an
// unused pool is emptied by the garbage collector. tagStates keeps up to
// one state per processor (at most maxKeptStates) in a queue any
// goroutine takes from, and pools the others.
type tagStates struct {
	kept chan *tagState
	pool sync.Pool
}

// newTagStates returns a tagStates that keeps up to GOMAXPROCS states.
func newTagStates() *tagStates {
	n := min(runtime.GOMAXPROCS(0), maxKeptStates)
	s := &tagStates{kept: make(chan *tagState, n)}
	s.pool.New = func() any { return &tagState{cache: newWordCache()} }
	return s
}

// get returns a state for the caller alone until it puts it back.
func (s *tagStates) get() *tagState {
	select {
	case st := <-s.kept:
		return st
	default:
		return s.pool.Get().(*tagState)
	}
}

// put gives st back.
func (s *tagStates) put(st *tagState) {
	select {
	case s.kept <- st:
	default:
		s.pool.Put(st)
	}
}
