package main

import (
	"go/parser"
	"go/token"
	"slices"
	"testing"
)

func TestSnippetScore(t *testing.T) {
	var s SnippetScore
	s.add("The  body\nholds this line.", []string{"body holds", "missing"}, []string{"this line", "Footer"})
	if s != (SnippetScore{TP: 1, FN: 1, FP: 1, TN: 1}) {
		t.Fatalf("counts = %+v", s)
	}
	if !near(s.Precision(), 0.5) || !near(s.Recall(), 0.5) || !near(s.F1(), 0.5) {
		t.Errorf("P/R/F1 = %v %v %v", s.Precision(), s.Recall(), s.F1())
	}
	if (SnippetScore{}).F1() != 0 {
		t.Error("F1 of nothing is not 0")
	}
}

// TestTrafilaturaEntry reads one entry written as go-trafilatura's data.go
// writes them.
func TestTrafilaturaEntry(t *testing.T) {
	src := `package main
var data = map[string]Entry{
	"https://example.org/a": {
		File:    "example.org.a.html",
		Title:   "A \"quoted\" title",
		Authors: []string{"Ann Author", "Bob"},
		With:    []string{"kept"},
	},
}`
	f, err := parser.ParseFile(token.NewFileSet(), "data.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	p := trafilaturaPages("/mod", f)
	if len(p) != 1 {
		t.Fatalf("pages = %d", len(p))
	}
	got := p[0]
	if got.URL != "https://example.org/a" || got.ID != "example.org.a.html" || got.file != "/mod/test-files/mock/example.org.a.html" || got.Truth.Title != `A "quoted" title` {
		t.Errorf("page = %+v", got)
	}
	if !slices.Equal(got.Truth.Authors, []string{"Ann Author", "Bob"}) || !slices.Equal(got.Truth.With, []string{"kept"}) || got.Truth.Without != nil {
		t.Errorf("truth = %+v", got.Truth)
	}
}

func TestHTMLDateEntry(t *testing.T) {
	src := `{
		URL:       "http://blog.example.de/2016/post.html",
		File:      "blog.example.de.html",
		Date:      "2016-12-23",
		Fast:      "2016-12-22",
	}`
	m := htmldateEntry.FindAllStringSubmatch(src, -1)
	if len(m) != 1 || m[0][1] != "http://blog.example.de/2016/post.html" || m[0][2] != "blog.example.de.html" || m[0][3] != "2016-12-23" {
		t.Errorf("matches = %q", m)
	}
}
