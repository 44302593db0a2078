package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
)

// htmldateModule is the module whose test pages and truth make the
// htmldate set.
const htmldateModule = "github.com/markusmobius/go-htmldate"

// htmldateEntry finds one page of go-htmldate's comparison data: its URL,
// file and true date, in the order the Go source writes them.
var htmldateEntry = regexp.MustCompile(`URL:\s*"([^"]*)",\s*File:\s*"([^"]*)",\s*Date:\s*"([^"]*)"`)

// moduleDir is the folder of a module in the module cache, at the version
// this program is built with. The development sets read their pages there:
// they are not part of the shared benchmark folder, and -data does not
// apply to them.
func moduleDir(path string) (string, error) {
	version := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == path {
				version = m.Version
			}
		}
	}
	if version == "" {
		return "", fmt.Errorf("%s is not in the build: %w", path, os.ErrNotExist)
	}
	cache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMODCACHE: %w", err)
	}
	return filepath.Join(strings.TrimSpace(string(cache)), path+"@"+version), nil
}

// listHTMLDate reads go-htmldate's default comparison data (the upstream
// htmldate project's evaluation pages, mostly German and English blogs and
// news, not its Media Cloud pages): scripts/comparison/data-default.go
// gives URL, file and date; the page is test-files/comparison/<file> or
// test-files/mock/<file>. It is a development set for dates: rules may be
// fitted to it.
func listHTMLDate(string) ([]Page, error) {
	dir, err := moduleDir(htmldateModule)
	if err != nil {
		return nil, err
	}
	src, err := os.ReadFile(filepath.Join(dir, "scripts", "comparison", "data-default.go"))
	if err != nil {
		return nil, err
	}
	var pages []Page
	for _, m := range htmldateEntry.FindAllStringSubmatch(string(src), -1) {
		file := filepath.Join(dir, "test-files", "comparison", m[2])
		if _, err := os.Stat(file); err != nil {
			file = filepath.Join(dir, "test-files", "mock", m[2])
		}
		pages = append(pages, Page{ID: m[2], URL: m[1], Truth: Truth{Date: m[3]}, file: file})
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%s: no entries in data-default.go", dir)
	}
	return pages, nil
}
