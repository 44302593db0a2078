package main

import (
	"path/filepath"
	"strings"
)

// wcxbTruth is ground-truth/<id>.json; null fields decode to "".
type wcxbTruth struct {
	URL      string `json:"url"`
	Internal struct {
		PageType struct {
			Primary string `json:"primary"`
		} `json:"page_type"`
	} `json:"_internal"`
	Truth struct {
		Title       string `json:"title"`
		Author      string `json:"author"`
		PublishDate string `json:"publish_date"`
		MainContent string `json:"main_content"`
	} `json:"ground_truth"`
}

// listWCXB reads ground-truth/*.json; the page is html/<id>.html.gz. The
// page type is metadata.json's, or, for the pages that file leaves out,
// the ground truth's _internal.page_type.primary (the two agree wherever
// both are given).
func listWCXB(dir string) ([]Page, error) {
	types, err := wcxbTypes(dir)
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "ground-truth", "*.json"))
	if err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(files))
	for _, f := range files {
		var g wcxbTruth
		if err := readJSON(f, &g); err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		pages = append(pages, Page{
			ID: id, URL: g.URL, Truth: g.truth(types[id]),
			file: filepath.Join(dir, "html", id+".html.gz"),
		})
	}
	return pages, nil
}

// wcxbTypes reads the page types of metadata.json.
func wcxbTypes(dir string) (map[string]string, error) {
	var meta struct {
		Files map[string]struct {
			PageType string `json:"page_type"`
		} `json:"files"`
	}
	if err := readJSON(filepath.Join(dir, "metadata.json"), &meta); err != nil {
		return nil, err
	}
	types := make(map[string]string, len(meta.Files))
	for id, m := range meta.Files {
		types[id] = m.PageType
	}
	return types, nil
}

// truth maps the ground truth; pageType overrides the file's own type
// when it is set.
func (g wcxbTruth) truth(pageType string) Truth {
	if pageType == "" {
		pageType = g.Internal.PageType.Primary
	}
	return Truth{
		Body: g.Truth.MainContent, Title: g.Truth.Title,
		Authors: nonEmpty(g.Truth.Author), Date: g.Truth.PublishDate,
		PageType: pageType,
	}
}

// nonEmpty is s as a one-name list, or nil when s is empty.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
