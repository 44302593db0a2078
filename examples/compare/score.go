package main

import "slices"

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
	Matches    []PageMatch // per page, for -v
}

// score compares a run's results with the set's truth.
func score(f Fields, pages []Page, run Run) Scores {
	var s Scores
	if f.Body {
		s.scoreBody(f, pages, run.Results)
	}
	for i := range pages {
		s.scoreMeta(f, pages[i].Truth, run.Results[i])
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

// scoreMeta adds one page's metadata scores; a field without truth on
// the page is skipped.
func (s *Scores) scoreMeta(f Fields, t Truth, r Result) {
	if f.Title && t.Title != "" {
		s.Title.addBool(titleMatch(t.Title, r.Title))
	}
	if f.Author && len(authorSet(t.Authors)) > 0 {
		s.Author.addBool(authorsMatch(t.Authors, r.Authors))
	}
	if f.Date && day(t.Date) != "" {
		s.Date.addBool(dateMatch(t.Date, r.Date))
	}
	if f.Standfirst && t.Standfirst != "" {
		best := max(tokenF1(t.Standfirst, r.Standfirst), tokenF1(t.Standfirst, r.KeyPoints))
		s.Standfirst.addBool(best >= standfirstThreshold)
	}
	if f.Headings && len(t.Headings) > 0 {
		s.Headings.add(headingRecall(t.Headings, r.Headings))
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
