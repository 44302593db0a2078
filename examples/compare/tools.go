package main

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Result is what a tool extracted from one page, in the form the scores
// compare. Date is "" or starts with the calendar day YYYY-MM-DD.
// KeyPoints is the summary points joined; the standfirst score takes the
// better of Standfirst and KeyPoints.
type Result struct {
	Text       string
	Title      string
	Authors    []string
	Date       string
	Standfirst string
	KeyPoints  string
	Headings   []string
	Tags       []string
	PageType   string // what the tool says the page is; only depeche says
}

// Tool is one extractor: a name and the call that is timed.
type Tool struct {
	Name    string
	Extract func(ctx context.Context, p *Page) (Result, error)
}

// tools lists every tool -tools can name.
func tools() []Tool {
	return []Tool{
		depecheTool("depeche", newDefaultParser), depecheTool("depeche-text", newTextParser),
		trafilaturaTool("trafilatura", false),
		trafilaturaTool("trafilatura-fallback", true), readabilityTool(), htmlTool(),
	}
}

// defaultTools is the default -tools value.
const defaultTools = "depeche,trafilatura,readability,html"

// selectTools returns the tools in a comma-separated list, in its order.
func selectTools(list string) ([]Tool, error) {
	byName := make(map[string]Tool)
	for _, t := range tools() {
		byName[t.Name] = t
	}
	var out []Tool
	for _, name := range strings.Split(list, ",") {
		t, ok := byName[strings.TrimSpace(name)]
		if !ok {
			return nil, fmt.Errorf("unknown tool %q", name)
		}
		out = append(out, t)
	}
	return out, nil
}

// pageURL is the page's address, or nil when it is unknown or invalid.
func pageURL(p *Page) *url.URL {
	if p.URL == "" {
		return nil
	}
	u, err := url.Parse(p.URL)
	if err != nil {
		return nil
	}
	return u
}

// dayOf is the calendar day of t in its own location, or "" for the zero
// time.
func dayOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// toolList names every tool, for the -tools help.
func toolList() string {
	var names []string
	for _, t := range tools() {
		names = append(names, t.Name)
	}
	return strings.Join(names, ", ")
}
