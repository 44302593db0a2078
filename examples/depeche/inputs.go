package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/depeche-go/depeche/internal/warc"
)

// input is one article to read: a file, standard input, a WARC record, or
// a path that could not be read (err set).
type input struct {
	name    string // the "source" printed with the result
	open    func() (io.ReadCloser, error)
	url     string // the page's address, when the input says
	fetched string // when the page was captured (WARC-Date)
	charset string // the transport's charset, when the input says
	err     error
}

// readable are the file extensions read when walking a directory.
var readable = map[string]bool{".html": true, ".htm": true, ".xhtml": true, ".txt": true, ".warc": true}

// lister turns paths into inputs.
type lister struct {
	stdin    io.Reader
	maxBytes int64 // largest WARC record read
}

// inputs yields the inputs the paths name, in order: "-" is standard
// input, a directory yields its readable files recursively in lexical
// order, a .warc or .warc.gz file yields the HTML pages of its response
// records, and any other path is read as it is.
func (l lister) inputs(paths []string) iter.Seq[input] {
	return func(yield func(input) bool) {
		for _, p := range paths {
			if !l.path(p, yield) {
				return
			}
		}
	}
}

// fromList yields the inputs named one per line in the file at listPath
// ("-" for standard input); blank lines are skipped.
func (l lister) fromList(listPath string) iter.Seq[input] {
	return func(yield func(input) bool) {
		r, closeList, err := l.openList(listPath)
		if err != nil {
			yield(input{name: listPath, err: err})
			return
		}
		defer closeList()
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			if p := strings.TrimSpace(sc.Text()); p != "" && !l.path(p, yield) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(input{name: listPath, err: err})
		}
	}
}

func (l lister) openList(path string) (io.Reader, func(), error) {
	if path == "-" {
		return l.stdin, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

func (l lister) path(p string, yield func(input) bool) bool {
	if p == "-" {
		stdin := l.stdin
		return yield(input{name: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }})
	}
	info, err := os.Stat(p)
	switch {
	case err != nil:
		return yield(input{name: p, err: err})
	case info.IsDir():
		return l.dir(p, yield)
	case isWARC(p):
		return l.warc(p, yield)
	}
	return yield(fileInput(p))
}

// dir yields the readable files under root.
func (l lister) dir(root string, yield func(input) bool) bool {
	keepGoing := true
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			keepGoing = yield(input{name: path, err: err})
		case d.IsDir() || !isReadable(path):
		case isWARC(path):
			keepGoing = l.warc(path, yield)
		default:
			keepGoing = yield(fileInput(path))
		}
		if !keepGoing {
			return fs.SkipAll
		}
		return nil
	})
	return keepGoing
}

// warc yields the HTML pages of the response records of a WARC file; a
// source is the file's path and the record's offset, "path#offset".
func (l lister) warc(path string, yield func(input) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(input{name: path, err: err})
	}
	defer f.Close()
	r, err := warc.NewReader(f, l.maxBytes)
	if err != nil {
		return yield(input{name: path, err: err})
	}
	for {
		rec, err := r.Next()
		switch {
		case err == io.EOF:
			return true
		case errors.Is(err, warc.ErrTooLarge):
			if !yield(input{name: recordName(path, rec), url: rec.TargetURI(), err: err}) {
				return false
			}
		case err != nil:
			return yield(input{name: path, err: err})
		default:
			if in, ok := l.record(path, rec); ok && !yield(in) {
				return false
			}
		}
	}
}

// record makes an input of a WARC record that holds an HTML page.
func (l lister) record(path string, rec *warc.Record) (input, bool) {
	page, ok, err := rec.HTMLPage(l.maxBytes)
	in := input{name: recordName(path, rec), url: rec.TargetURI(), fetched: rec.Date(), err: err}
	if err != nil {
		return in, true
	}
	if !ok {
		return in, false
	}
	in.charset = page.Charset
	in.open = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(page.Body)), nil }
	return in, true
}

func recordName(path string, rec *warc.Record) string { return fmt.Sprintf("%s#%d", path, rec.Offset) }

// isWARC reports whether path names a web archive.
func isWARC(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz")
}

// isReadable reports whether a file found in a directory is an input:
// HTML, text or a web archive, possibly gzip-compressed.
func isReadable(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".gz" {
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(path, filepath.Ext(path))))
	}
	return readable[ext]
}

// fileInput reads the file at path, decompressing it when its name ends
// in .gz.
func fileInput(path string) input {
	return input{name: path, open: func() (io.ReadCloser, error) { return openFile(path) }}
}

func openFile(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(filepath.Ext(path), ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return &gzipFile{Reader: z, file: f}, nil
}

// gzipFile closes both the decompressor and the file under it.
type gzipFile struct {
	*gzip.Reader
	file *os.File
}

func (g *gzipFile) Close() error {
	g.Reader.Close()
	return g.file.Close()
}
