package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Fields says which ground truth a set carries, and so which scores it
// gets.
type Fields struct {
	Body, Title, Author, Date, Standfirst, Headings, PageTypes, Snippets, Tags bool
}

// Truth is one page's ground truth. An empty field is "not annotated",
// except Body on a set whose Fields.Body is true, where it is an empty
// article body.
type Truth struct {
	Body       string
	Title      string
	Authors    []string
	Date       string // starts with YYYY-MM-DD
	Standfirst string
	Headings   []string
	PageType   string
	// With and Without are snippets the body must hold and must not.
	With, Without []string
	// Tags are the page's categories and tags.
	Tags []string
}

// Page is one benchmark page. HTML is read into memory before any tool
// runs, so that no tool is timed reading files.
type Page struct {
	ID, URL string
	HTML    []byte
	Truth   Truth
	file    string
}

// Set is a benchmark folder and how to read it.
type Set struct {
	Name   string
	Folder string
	Fields Fields
	list   func(dir string) ([]Page, error)
	// half keeps the first (1) or second (2) half of the pages in ID
	// order, or all of them (0).
	half int
}

// sets are the benchmarks, in the order -set all runs them.
var sets = []Set{
	{"scrapinghub", "scrapinghub", Fields{Body: true}, listScrapinghub, 0},
	{"wcxb", "wcxb-dev", Fields{Body: true, Title: true, Author: true, Date: true, PageTypes: true}, listWCXB, 0},
	{"fundus", "fundus-dev", Fields{Body: true, Title: true, Author: true, Date: true, Standfirst: true, Headings: true}, listFundus, 0},
	{"dates", "dates-mediacloud", Fields{Date: true}, listDates, 0},
}

// halves are the two halves of wcxb-dev and the development sets of
// go-htmldate and go-trafilatura, chosen by -set only: rules may be
// developed looking at the first half and at the development sets; the
// second half is held out and is the one to report.
var halves = []Set{
	{"wcxb-devhalf", "wcxb-dev", sets[1].Fields, listWCXB, 1},
	{"wcxb-heldout", "wcxb-dev", sets[1].Fields, listWCXB, 2},
	{"htmldate", "", Fields{Date: true}, listHTMLDate, 0},
	{"trafilatura-eval", "", Fields{Title: true, Author: true, Date: true, Snippets: true, Tags: true}, listTrafilatura, 0},
}

// selectSets returns the sets named by -set.
func selectSets(name string) ([]Set, error) {
	if name == "all" {
		return sets, nil
	}
	for _, s := range append(sets, halves...) {
		if s.Name == name {
			return []Set{s}, nil
		}
	}
	return nil, fmt.Errorf("unknown set %q (want scrapinghub, wcxb, wcxb-devhalf, wcxb-heldout, fundus, dates, htmldate, trafilatura-eval or all)", name)
}

// load lists the set's pages in ID order, keeps the first n (all when
// n <= 0) and reads their HTML.
func (s Set) load(root string, n int) ([]Page, error) {
	pages, err := s.list(filepath.Join(root, s.Folder))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	slices.SortFunc(pages, func(a, b Page) int { return strings.Compare(a.ID, b.ID) })
	switch s.half {
	case 1:
		pages = pages[:len(pages)/2]
	case 2:
		pages = pages[len(pages)/2:]
	}
	if n > 0 && n < len(pages) {
		pages = pages[:n]
	}
	for i := range pages {
		if pages[i].HTML, err = readPage(pages[i].file); err != nil {
			return nil, fmt.Errorf("%s: %w", s.Name, err)
		}
	}
	return pages, nil
}

// readPage returns the bytes of a page file, uncompressed when it ends in
// .gz.
func readPage(path string) ([]byte, error) {
	if strings.HasSuffix(path, ".gz") {
		return readGzip(path)
	}
	return os.ReadFile(path)
}

// readGzip returns the uncompressed bytes of a .gz file, unchanged: no
// charset is decoded here, each tool gets the bytes as served.
func readGzip(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

// readJSON decodes a JSON file into v.
func readJSON(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
