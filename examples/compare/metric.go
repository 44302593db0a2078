package main

import (
	"regexp"
	"slices"
	"strings"
)

// The body metric is the one of the scrapinghub article-extraction-benchmark
// (evaluate.py, commit 7d95432, re-implemented here from its definition):
//
//   - Tokens are the matches of \w+ (Python, Unicode). Go's \w is ASCII
//     only, so tokenRE spells the Unicode class out. Tokens keep their case:
//     evaluate.py compiles the pattern with re.IGNORECASE, which changes
//     nothing for \w, and never lowercases.
//   - Shingles are the runs of 4 consecutive tokens, counted as a multiset.
//     A text of 1 to 3 tokens has one shingle, all its tokens; a text with
//     no token has none.
//   - Per page, TP/FP/FN are the multiset overlaps, then divided by their
//     sum so that long pages weigh no more than short ones.
//   - Precision is averaged over the pages where the prediction has a
//     shingle (TP+FP > 0): an empty prediction is left out of precision,
//     not scored 0 or 1. Recall is averaged over the pages whose truth has
//     a shingle (TP+FN > 0). A page where both are empty is in neither.
//   - F1 is the harmonic mean of the two averages, not a mean of per-page
//     F1s.
//   - Accuracy is the share of all pages whose token sequence equals the
//     truth's exactly (get_accuracy).

// shingleSize is the number of tokens in a shingle.
const shingleSize = 4

var tokenRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// tokens splits s into word tokens, case kept.
func tokens(s string) []string { return tokenRE.FindAllString(s, -1) }

// shingles counts the shingles of a token list.
func shingles(toks []string) map[string]int {
	counts := make(map[string]int)
	if len(toks) == 0 {
		return counts
	}
	last := max(1, len(toks)-shingleSize+1)
	for i := range last {
		end := min(i+shingleSize, len(toks))
		counts[strings.Join(toks[i:end], " ")]++
	}
	return counts
}

// PageMatch is one page's TP, FP and FN shingle counts, divided by their
// sum when it is positive.
type PageMatch struct{ TP, FP, FN float64 }

// matchBody compares a predicted body text with the true one.
func matchBody(truth, pred string) PageMatch {
	t, p := shingles(tokens(truth)), shingles(tokens(pred))
	var m PageMatch
	for k, tc := range t {
		pc := p[k]
		m.TP += float64(min(tc, pc))
		m.FN += float64(max(0, tc-pc))
	}
	for k, pc := range p {
		m.FP += float64(max(0, pc-t[k]))
	}
	if s := m.TP + m.FP + m.FN; s > 0 {
		m = PageMatch{m.TP / s, m.FP / s, m.FN / s}
	}
	return m
}

// Precision is evaluate.py's precision_score.
func (m PageMatch) Precision() float64 {
	switch {
	case m.FP == 0 && m.FN == 0:
		return 1
	case m.TP == 0 && m.FP == 0:
		return 0
	}
	return m.TP / (m.TP + m.FP)
}

// Recall is evaluate.py's recall_score.
func (m PageMatch) Recall() float64 {
	switch {
	case m.FP == 0 && m.FN == 0:
		return 1
	case m.TP == 0 && m.FN == 0:
		return 0
	}
	return m.TP / (m.TP + m.FN)
}

// F1 is the page's own harmonic mean, shown in the -v listing only.
func (m PageMatch) F1() float64 { return harmonic(m.Precision(), m.Recall()) }

// BodyScore is the body metric over a group of pages.
type BodyScore struct {
	Precision, Recall, F1 float64
	Pages                 int
}

// aggregate macro-averages page matches as evaluate.py does.
func aggregate(ms []PageMatch) BodyScore {
	var p, r mean
	for _, m := range ms {
		if m.TP+m.FP > 0 {
			p.add(m.Precision())
		}
		if m.TP+m.FN > 0 {
			r.add(m.Recall())
		}
	}
	s := BodyScore{Precision: p.value(), Recall: r.value(), Pages: len(ms)}
	s.F1 = harmonic(s.Precision, s.Recall)
	return s
}

// exactTokens reports whether two texts have the same token sequence.
func exactTokens(truth, pred string) bool {
	return slices.Equal(tokens(truth), tokens(pred))
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// mean is a running average; it is 0 with no values.
type mean struct {
	sum float64
	n   int
}

func (a *mean) add(v float64) { a.sum += v; a.n++ }

func (a mean) value() float64 {
	if a.n == 0 {
		return 0
	}
	return a.sum / float64(a.n)
}
