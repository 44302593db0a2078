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

// maxPooledTokens bounds the token buffers tokenBuffers keeps (2 MB).
const maxPooledTokens = 1 << 16

// tokenBuffers pools the token slices of the texts Recognize tags: a
// slice lives as long as the call, and a new one for each text was the
// largest allocation of the recognizer.
type tokenBuffers struct{ pool sync.Pool }

// get returns an empty buffer, with room for the tokens of a text of n
// bytes when it is new.
func (b *tokenBuffers) get(n int) *[]Token {
	if buf, ok := b.pool.Get().(*[]Token); ok {
		return buf
	}
	toks := make([]Token, 0, n/5+1)
	return &toks
}

// put gives buf back, emptied first so that the pool keeps no text alive;
// a buffer grown past maxPooledTokens is left to the garbage collector.
func (b *tokenBuffers) put(buf *[]Token) {
	if cap(*buf) > maxPooledTokens {
		return
	}
	clear(*buf)
	*buf = (*buf)[:0]
	b.pool.Put(buf)
}
