package main

import (
	"math"
	"slices"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"ça_va 42 l'été", []string{"ça_va", "42", "l", "été"}},
		{"東京 2024年", []string{"東京", "2024年"}},
		{"  -- ... ", nil},
	}
	for _, c := range cases {
		if got := tokens(c.in); !slices.Equal(got, c.want) {
			t.Errorf("tokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestShingles(t *testing.T) {
	cases := []struct {
		in   string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"one", map[string]int{"one": 1}},
		{"one two three", map[string]int{"one two three": 1}},
		{"a b c d", map[string]int{"a b c d": 1}},
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"x x x x x x", map[string]int{"x x x x": 3}},
	}
	for _, c := range cases {
		got := shingles(tokens(c.in))
		if len(got) != len(c.want) {
			t.Errorf("shingles(%q) = %v, want %v", c.in, got, c.want)
			continue
		}
		for k, n := range c.want {
			if got[k] != n {
				t.Errorf("shingles(%q) = %v, want %v", c.in, got, c.want)
			}
		}
	}
}

func TestMatchBody(t *testing.T) {
	cases := []struct {
		name, truth, pred string
		want              PageMatch
		p, r              float64
	}{
		{"same", "a b c d e", "a b c d e", PageMatch{1, 0, 0}, 1, 1},
		{"punctuation ignored", "a, b. c d", "a b c d!", PageMatch{1, 0, 0}, 1, 1},
		{"case kept", "The cat sat down", "the cat sat down", PageMatch{0, 0.5, 0.5}, 0, 0},
		{"half found", "a b c d e", "a b c d", PageMatch{0.5, 0, 0.5}, 1, 0.5},
		{"extra text", "a b c d", "a b c d e", PageMatch{0.5, 0.5, 0}, 0.5, 1},
		{"multiset", "x x x x x", "x x x x", PageMatch{0.5, 0, 0.5}, 1, 0.5},
		{"empty prediction", "a b c d", "", PageMatch{0, 0, 1}, 0, 0},
		{"empty truth", "", "a b c d", PageMatch{0, 1, 0}, 0, 0},
		{"both empty", "", "", PageMatch{0, 0, 0}, 1, 1},
		{"short texts", "one two", "one two", PageMatch{1, 0, 0}, 1, 1},
	}
	for _, c := range cases {
		m := matchBody(c.truth, c.pred)
		if !near(m.TP, c.want.TP) || !near(m.FP, c.want.FP) || !near(m.FN, c.want.FN) {
			t.Errorf("%s: match = %+v, want %+v", c.name, m, c.want)
		}
		if !near(m.Precision(), c.p) || !near(m.Recall(), c.r) {
			t.Errorf("%s: P, R = %v, %v, want %v, %v", c.name, m.Precision(), m.Recall(), c.p, c.r)
		}
	}
}

func TestAggregate(t *testing.T) {
	perfect := matchBody("a b c d", "a b c d")
	missed := matchBody("a b c d", "")
	nothing := matchBody("", "")
	half := matchBody("a b c d e", "a b c d")
	cases := []struct {
		name  string
		pages []PageMatch
		p, r  float64
	}{
		{"none", nil, 0, 0},
		{"perfect", []PageMatch{perfect, perfect}, 1, 1},
		// An empty prediction is left out of precision and scores 0 recall;
		// a page with neither text is left out of both.
		{"empty cases", []PageMatch{perfect, missed, nothing}, 1, 0.5},
		{"half recall", []PageMatch{perfect, half}, 1, 0.75},
	}
	for _, c := range cases {
		s := aggregate(c.pages)
		if !near(s.Precision, c.p) || !near(s.Recall, c.r) || !near(s.F1, harmonic(c.p, c.r)) {
			t.Errorf("%s: aggregate = %+v, want P %v R %v", c.name, s, c.p, c.r)
		}
	}
}

func TestExactTokens(t *testing.T) {
	cases := []struct {
		truth, pred string
		want        bool
	}{
		{"Hello, world.", "Hello world", true},
		{"Hello world", "hello world", false},
		{"a b", "a b c", false},
		{"", "", true},
	}
	for _, c := range cases {
		if got := exactTokens(c.truth, c.pred); got != c.want {
			t.Errorf("exactTokens(%q, %q) = %v", c.truth, c.pred, got)
		}
	}
}

func TestTitleMatch(t *testing.T) {
	cases := []struct {
		truth, pred string
		want        bool
	}{
		{"Hello World", "hello   world", true},
		{"“Hello” World!", `"hello" world`, true},
		{"It’s a 10–2 win", "It's a 10-2 win", true},
		{"Café crème", "Cafe\u0301 cre\u0300me", true},
		{"  Title.  ", "title", true},
		{"Title", "Title | Site", false},
		{"Title", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		if got := titleMatch(c.truth, c.pred); got != c.want {
			t.Errorf("titleMatch(%q, %q) = %v", c.truth, c.pred, got)
		}
	}
}

func TestAuthorsMatch(t *testing.T) {
	cases := []struct {
		truth, pred []string
		want        bool
	}{
		{[]string{"Jane Doe"}, []string{"jane  doe"}, true},
		{[]string{"Jane Doe"}, []string{"By Jane Doe"}, true},
		{[]string{"Jane Doe", "John Smith"}, []string{"John Smith and Jane Doe"}, true},
		{[]string{"Jane Doe and John Smith"}, []string{"Jane Doe; John Smith"}, true},
		{[]string{"Jane Doe, John Smith, and Ann Lee"}, []string{"Ann Lee", "Jane Doe", "John Smith"}, true},
		{[]string{"Marta Cañete"}, []string{"Marta Can\u0303ete"}, true},
		{[]string{"Jane Doe"}, []string{"Jane Doe", "John Smith"}, false},
		{[]string{"Jane Doe", "John Smith"}, []string{"Jane Doe"}, false},
		{[]string{"Jane Doe"}, nil, false},
		{nil, nil, false},
	}
	for _, c := range cases {
		if got := authorsMatch(c.truth, c.pred); got != c.want {
			t.Errorf("authorsMatch(%q, %q) = %v", c.truth, c.pred, got)
		}
	}
}

func TestDateMatch(t *testing.T) {
	cases := []struct {
		truth, pred string
		want        bool
	}{
		{"2024-12-02", "2024-12-02", true},
		{"2024-12-02 10:56:35+01:00", "2024-12-02T09:56:35Z", true},
		// The day as written: no conversion to UTC.
		{"2024-12-02 00:30:00+01:00", "2024-12-01T23:30:00Z", false},
		{"2024-12-02", "2024-12-02T23:30:00-05:00", true},
		{"2024-12-02", "2024-12", false},
		{"2024-12-02", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		if got := dateMatch(c.truth, c.pred); got != c.want {
			t.Errorf("dateMatch(%q, %q) = %v", c.truth, c.pred, got)
		}
	}
}

func TestTokenF1(t *testing.T) {
	cases := []struct {
		truth, pred string
		want        float64
	}{
		{"The key point.", "the KEY point", 1},
		{"a b c d", "a b", harmonic(1, 0.5)},
		{"a b", "c d", 0},
		{"a b", "", 0},
	}
	for _, c := range cases {
		if got := tokenF1(c.truth, c.pred); !near(got, c.want) {
			t.Errorf("tokenF1(%q, %q) = %v, want %v", c.truth, c.pred, got, c.want)
		}
	}
}

func TestHeadingRecall(t *testing.T) {
	cases := []struct {
		truth, pred []string
		want        float64
	}{
		{[]string{"One", "Two"}, []string{"one", "two", "three"}, 1},
		{[]string{"One", "Two"}, []string{"One:"}, 0.5},
		{[]string{"One"}, nil, 0},
	}
	for _, c := range cases {
		if got := headingRecall(c.truth, c.pred); !near(got, c.want) {
			t.Errorf("headingRecall(%q, %q) = %v, want %v", c.truth, c.pred, got, c.want)
		}
	}
}
