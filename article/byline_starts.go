package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The search for a byline printed away from the headline (pageByline)
// tests every short text of the page against every byline prefix. The
// prefixes that can start an explicit byline are filed once per page by
// the first bytes they may start with in any case, so that a text is
// compared only with the few prefixes that share its first byte, and most
// texts with none. The built-in prefixes of other languages are filed so
// once for all (moreBylineHeads), for cutPrefix.

// explicitStarts files the byline prefixes that can start an explicit
// byline by first byte: those that a text starting with byte b may start
// with, in any case, are byFirst[at[b]:at[b+1]].
type explicitStarts struct {
	at      [257]int
	byFirst []string
}

// explicitStarts files the prefixes of r that can start an explicit
// byline: those of two words or more, or of five bytes or more (which
// count when a colon follows). Shorter one-word prefixes never do.
func (r bylineReader) explicitStarts() *explicitStarts {
	s := &explicitStarts{}
	for p := range r.longPrefixes {
		bs, n := foldedFirstBytes(p)
		for _, b := range bs[:n] {
			s.at[int(b)+1]++
		}
	}
	for b := range 256 {
		s.at[b+1] += s.at[b]
	}
	s.byFirst = make([]string, s.at[256])
	next := s.at
	for p := range r.longPrefixes {
		bs, n := foldedFirstBytes(p)
		for _, b := range bs[:n] {
			s.byFirst[next[b]] = p
			next[b]++
		}
	}
	return s
}

// longPrefixes yields the prefixes of r of two words or more, or of five
// bytes or more: those that can start an explicit byline. The prefixes
// are read twice instead of copied, as there are a few hundred of them.
func (r bylineReader) longPrefixes(yield func(string) bool) {
	for p := range r.prefixes {
		if (strings.Contains(p, " ") || len(p) >= 5) && !yield(p) {
			return
		}
	}
}

// moreBylineHeads files moreBylinePrefixes by the first bytes they may
// start with in any case, for cutPrefix.
var moreBylineHeads = fileByFoldedHead(moreBylinePrefixes)

// fileByFoldedHead files each of ps under the first bytes it may start
// with in any case (see foldedFirstBytes), keeping their order.
func fileByFoldedHead(ps []string) *[256][]string {
	var heads [256][]string
	for _, p := range ps {
		bs, n := foldedFirstBytes(p)
		for _, b := range bs[:n] {
			heads[b] = append(heads[b], p)
		}
	}
	return &heads
}

// foldedFirstBytes returns the first byte of each rune that equals the
// first rune of p under simple case folding, as strings.EqualFold
// compares them, each byte once: bs[:n]. No rune has more than three
// such first bytes ("K", "k" and the Kelvin sign).
func foldedFirstBytes(p string) (bs [utf8.UTFMax]byte, n int) {
	r, _ := utf8.DecodeRuneInString(p)
	var buf [utf8.UTFMax]byte
	for f := r; ; {
		utf8.EncodeRune(buf[:], f)
		if !slices.Contains(bs[:n], buf[0]) {
			bs[n] = buf[0]
			n++
		}
		if f = unicode.SimpleFold(f); f == r {
			return bs, n
		}
	}
}

// match reports whether t starts with one of the prefixes of s of two
// words or more, or with a long one followed by a colon ("Author:").
func (s *explicitStarts) match(t string) bool {
	if len(t) > maxBylineStart || t == "" {
		return false
	}
	for _, p := range s.byFirst[s.at[t[0]]:s.at[int(t[0])+1]] {
		if rest, ok := hasPrefixFold(t, p); ok && rest != t {
			if strings.Contains(p, " ") || len(p) >= 5 && strings.HasPrefix(strings.TrimSpace(t[len(p):]), ":") {
				return true
			}
		}
	}
	return false
}
