package main

import (
	"path/filepath"
	"strings"
)

// listDates reads ground-truth.json: url -> {file, date}; the page is
// html/<file>.gz. A null date (the page has none) is left unscored.
func listDates(dir string) ([]Page, error) {
	var gt map[string]struct {
		File string `json:"file"`
		Date string `json:"date"`
	}
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &gt); err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(gt))
	for u, g := range gt {
		pages = append(pages, Page{
			ID: strings.TrimSuffix(g.File, ".html"), URL: u,
			Truth: Truth{Date: g.Date},
			file:  filepath.Join(dir, "html", g.File+".gz"),
		})
	}
	return pages, nil
}
