package main

import "path/filepath"

// listScrapinghub reads ground-truth.json: id -> {articleBody, url}; the
// page is html/<id>.html.gz.
func listScrapinghub(dir string) ([]Page, error) {
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &gt); err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(gt))
	for id, g := range gt {
		pages = append(pages, Page{
			ID: id, URL: g.URL,
			Truth: Truth{Body: g.ArticleBody},
			file:  filepath.Join(dir, "html", id+".html.gz"),
		})
	}
	return pages, nil
}
