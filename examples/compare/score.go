package main

import (
	"slices"
	"strings"
)

// Ratio is a share of the pages that have the truth for a field.
type Ratio struct {
	Sum   float64
	Pages int
}

func (r *Ratio) add(v float64) { r.Sum += v; r.Pages++ }

func (r *Ratio) addBool(ok bool) {
	if ok {
		r.add(1)
	} else {
		r.add(0)
	}
}

// Value is the average, 0 when no page counted.
func (r Ratio) Value() float64 {
	if r.Pages == 0 {
		return 0
	}
	return r.Sum / float64(r.Pages)
}

// Scores are one tool's scores on one set.
type Scores struct {
	Body       BodyScore
	Accuracy   Ratio
	ByType     map[string]BodyScore
	Title      Ratio
	Author     Ratio
	Date       Ratio
	Standfirst Ratio
	Headings   Ratio
	PageType   Ratio // the share of pages whose type the tool gave right
	Snippets   SnippetScore
	Tags       SetScore
	Matches    []PageMatch // per page, for -v
	Misses     []Miss
}

// score compares a run's results with the set's truth.
func score(f Fields, pages []Page, run Run) Scores {
	var s Scores
	if f.Body {
		s.scoreBody(f, pages, run.Results)
	}
	for i := range pages {
		s.scoreMeta(f, i, pages[i].Truth, run.Results[i])
		if f.Snippets {
			s.Snippets.add(run.Results[i].Text, pages[i].Truth.With, pages[i].Truth.Without)
		}
	}
	return s
}

// scoreBody fills the body metric, overall and per page type.
func (s *Scores) scoreBody(f Fields, pages []Page, results []Result) {
	byType := make(map[string][]PageMatch)
	for i, p := range pages {
		m := matchBody(p.Truth.Body, results[i].Text)
		s.Matches = append(s.Matches, m)
		s.Accuracy.addBool(exactTokens(p.Truth.Body, results[i].Text))
		byType[p.Truth.PageType] = append(byType[p.Truth.PageType], m)
	}
	s.Body = aggregate(s.Matches)
	if f.PageTypes {
		s.ByType = make(map[string]BodyScore)
		for t, ms := range byType {
			s.ByType[t] = aggregate(ms)
		}
	}
}

// scoreMeta adds page i's metadata scores and misses; a field without
// truth on the page is skipped.
func (s *Scores) scoreMeta(f Fields, i int, t Truth, r Result) {
	check := func(field string, score *Ratio, ok bool, truth, got string) {
		score.addBool(ok)
		if !ok {
			s.Misses = append(s.Misses, Miss{i, field, truth, got})
		}
	}
	if f.Title && t.Title != "" {
		check("title", &s.Title, titleMatch(t.Title, r.Title), t.Title, r.Title)
	}
	if f.Author && len(authorSet(t.Authors)) > 0 {
		check("author", &s.Author, authorsMatch(t.Authors, r.Authors),
			strings.Join(t.Authors, "; "), strings.Join(r.Authors, "; "))
	}
	if f.Date && day(t.Date) != "" {
		check("date", &s.Date, dateMatch(t.Date, r.Date), t.Date, r.Date)
	}
	if f.Standfirst && t.Standfirst != "" {
		best := max(tokenF1(t.Standfirst, r.Standfirst), tokenF1(t.Standfirst, r.KeyPoints))
		s.Standfirst.addBool(best >= standfirstThreshold)
	}
	if f.Tags && len(t.Tags) > 0 {
		s.Tags.add(t.Tags, r.Tags)
	}
	if f.Headings && len(t.Headings) > 0 {
		s.Headings.add(headingRecall(t.Headings, r.Headings))
	}
	if f.PageTypes && t.PageType != "" {
		check("page_type", &s.PageType, r.PageType == t.PageType, t.PageType, r.PageType)
	}
}

// standfirstThreshold is the token F1 at which a standfirst counts as
// found.
const standfirstThreshold = 0.8

// headingRecall is the share of true headings that the tool gave, each
// compared normalized.
func headingRecall(truth, pred []string) float64 {
	got := make([]string, 0, len(pred))
	for _, h := range pred {
		got = append(got, normalize(h))
	}
	found := 0
	for _, h := range truth {
		if slices.Contains(got, normalize(h)) {
			found++
		}
	}
	return float64(found) / float64(len(truth))
}

// SnippetScore counts, over all pages, the snippets the body held that it
// must (TP) or must not (FP), and those it left out that it must (FN) or
// must not (TN), as trafilatura's evaluation does.
type SnippetScore struct{ TP, FP, FN, TN int }

// add scores one page's text against its snippets. A snippet is held when
// the text contains it, both with white space collapsed.
func (s *SnippetScore) add(text string, with, without []string) {
	text = strings.Join(strings.Fields(text), " ")
	held := func(snippet string) bool {
		return strings.Contains(text, strings.Join(strings.Fields(snippet), " "))
	}
	for _, w := range with {
		if held(w) {
			s.TP++
		} else {
			s.FN++
		}
	}
	for _, w := range without {
		if held(w) {
			s.FP++
		} else {
			s.TN++
		}
	}
}

// Precision, Recall and F1 are over all snippets of all pages.
func (s SnippetScore) Precision() float64 { return share(s.TP, s.TP+s.FP) }
func (s SnippetScore) Recall() float64    { return share(s.TP, s.TP+s.FN) }
func (s SnippetScore) F1() float64        { return harmonic(s.Precision(), s.Recall()) }

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// Miss is a metadata field a tool got wrong on a page, listed by -v.
type Miss struct {
	Page              int
	Field, Truth, Got string
}

// SetScore counts, over all pages, the normalized values a tool gave that
// are in the page's truth (Hit), all it gave (Got) and all the truth has
// (Want). Only pages with truth are added.
type SetScore struct{ Hit, Got, Want int }

// add scores one page's values.
func (s *SetScore) add(truth, pred []string) {
	want := make(map[string]bool, len(truth))
	for _, t := range truth {
		want[normalize(t)] = true
	}
	got := make(map[string]bool, len(pred))
	for _, p := range pred {
		got[normalize(p)] = true
	}
	s.Want += len(want)
	s.Got += len(got)
	for g := range got {
		if want[g] {
			s.Hit++
		}
	}
}

// Precision, Recall and F1 are over all values of all pages.
func (s SetScore) Precision() float64 { return share(s.Hit, s.Got) }
func (s SetScore) Recall() float64    { return share(s.Hit, s.Want) }
func (s SetScore) F1() float64        { return harmonic(s.Precision(), s.Recall()) }
