package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
)

// trafilaturaModule is the module whose evaluation pages make the
// trafilatura-eval set.
const trafilaturaModule = "github.com/markusmobius/go-trafilatura"

// listTrafilatura reads go-trafilatura's comparison data (the trafilatura
// project's evaluation: mostly German blogs, news and shop pages annotated
// by the BBAW team, and Polish news): scripts/comparison/data.go maps each
// URL to its file, title, date, authors and the snippets the body must hold
// ("with") and must not ("without"); the page is test-files/comparison/<file>
// or test-files/mock/<file>. It is a development set: rules may be fitted
// to it.
func listTrafilatura(string) ([]Page, error) {
	dir, err := moduleDir(trafilaturaModule)
	if err != nil {
		return nil, err
	}
	src := filepath.Join(dir, "scripts", "comparison", "data.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		return nil, err
	}
	pages := trafilaturaPages(dir, f)
	if len(pages) == 0 {
		return nil, fmt.Errorf("%s: no entries", src)
	}
	return pages, nil
}

// trafilaturaPages makes a page of each URL: entry pair of the parsed
// data.go, its files under dir.
func trafilaturaPages(dir string, f *ast.File) []Page {
	var pages []Page
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		u, entry := stringLit(kv.Key), fieldsOf(kv.Value)
		if u == "" || entry == nil {
			return true
		}
		pages = append(pages, trafilaturaPage(dir, u, entry))
		return false
	})
	return pages
}

// trafilaturaPage makes the page of one entry's fields.
func trafilaturaPage(dir, u string, entry map[string]ast.Expr) Page {
	file := stringLit(entry["File"])
	path := filepath.Join(dir, "test-files", "comparison", file)
	if _, err := os.Stat(path); err != nil {
		path = filepath.Join(dir, "test-files", "mock", file)
	}
	return Page{ID: file, URL: u, file: path, Truth: Truth{
		Title:   stringLit(entry["Title"]),
		Date:    stringLit(entry["Date"]),
		Authors: stringsLit(entry["Authors"]),
		With:    stringsLit(entry["With"]),
		Without: stringsLit(entry["Without"]),
		Tags:    append(stringsLit(entry["Categories"]), stringsLit(entry["Tags"])...),
	}}
}

// fieldsOf returns the named fields of a composite literal, nil when e is
// not one.
func fieldsOf(e ast.Expr) map[string]ast.Expr {
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	fields := make(map[string]ast.Expr)
	for _, el := range cl.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				fields[id.Name] = kv.Value
			}
		}
	}
	if _, ok := fields["File"]; !ok {
		return nil
	}
	return fields
}

// stringLit is the value of a string literal, "" for anything else.
func stringLit(e ast.Expr) string {
	bl, ok := e.(*ast.BasicLit)
	if !ok || bl.Kind != token.STRING {
		return ""
	}
	s, err := strconv.Unquote(bl.Value)
	if err != nil {
		return ""
	}
	return s
}

// stringsLit is the values of a []string literal.
func stringsLit(e ast.Expr) []string {
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, el := range cl.Elts {
		if s := stringLit(el); s != "" {
			out = append(out, s)
		}
	}
	return out
}
