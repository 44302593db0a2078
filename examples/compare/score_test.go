package main

import "testing"

func TestPageTypeScore(t *testing.T) {
	f := Fields{PageTypes: true}
	pages := []Page{{Truth: Truth{PageType: "article"}}, {Truth: Truth{PageType: "service"}}, {Truth: Truth{PageType: "forum"}}, {}}
	run := Run{Results: []Result{{PageType: "article"}, {PageType: "article"}, {PageType: "forum"}, {PageType: "listing"}}}
	s := score(f, pages, run)
	if got := s.PageType.Value(); got < 0.666 || got > 0.667 {
		t.Errorf("page type score %.3f, want 2 of the 3 pages with a true type", got)
	}
	if len(s.Misses) != 1 || s.Misses[0].Field != "page_type" {
		t.Errorf("misses %+v, want the service page called an article", s.Misses)
	}
}
