package main

import (
	"path/filepath"
	"strings"
)

// fundusGold is gold/<page>.json.
type fundusGold struct {
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"`
	Summary   []string `json:"summary"`
	Sections  []struct {
		Headline   []string `json:"headline"`
		Paragraphs []string `json:"paragraphs"`
	} `json:"sections"`
}

// listFundus reads gold/*.json; the page is html/<page>.html.gz.
func listFundus(dir string) ([]Page, error) {
	files, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(files))
	for _, f := range files {
		var g fundusGold
		if err := readJSON(f, &g); err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		pages = append(pages, Page{
			ID: id, URL: g.URL, Truth: g.truth(),
			file: filepath.Join(dir, "html", id+".html.gz"),
		})
	}
	return pages, nil
}

// truth maps the gold values. The body is the summary, then each
// section's headlines and paragraphs, in page order (as PROVENANCE.md
// scores the peers); the standfirst is the summary strings joined.
func (g fundusGold) truth() Truth {
	t := Truth{
		Title: g.Title, Authors: g.Authors, Date: g.Published,
		Standfirst: strings.Join(g.Summary, "\n"),
	}
	body := append([]string(nil), g.Summary...)
	for _, s := range g.Sections {
		t.Headings = append(t.Headings, s.Headline...)
		body = append(append(body, s.Headline...), s.Paragraphs...)
	}
	t.Body = strings.Join(body, "\n\n")
	return t
}
