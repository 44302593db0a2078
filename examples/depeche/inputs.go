package main

import (
	"compress/gzip"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// input is one article to read: a file, standard input, or a path that
// could not be listed (err set).
type input struct {
	name string
	open func() (io.ReadCloser, error)
	err  error
}

// readable are the file extensions read when walking a directory.
var readable = map[string]bool{".html": true, ".htm": true, ".xhtml": true, ".txt": true}

// inputs yields the inputs the paths name, in order: "-" is standard
// input, a directory yields its readable files recursively in lexical
// order, and any other path is read as it is.
func inputs(paths []string, stdin io.Reader) iter.Seq[input] {
	return func(yield func(input) bool) {
		for _, p := range paths {
			if !yieldPath(p, stdin, yield) {
				return
			}
		}
	}
}

func yieldPath(p string, stdin io.Reader, yield func(input) bool) bool {
	if p == "-" {
		return yield(input{name: "-", open: func() (io.ReadCloser, error) { return io.NopCloser(stdin), nil }})
	}
	info, err := os.Stat(p)
	if err != nil {
		return yield(input{name: p, err: err})
	}
	if !info.IsDir() {
		return yield(fileInput(p))
	}
	keepGoing := true
	walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			keepGoing = yield(input{name: path, err: err})
		} else if !d.IsDir() && isReadable(path) {
			keepGoing = yield(fileInput(path))
		}
		if !keepGoing {
			return fs.SkipAll
		}
		return nil
	})
	return keepGoing && walkErr == nil
}

// isReadable reports whether a file found in a directory is an article:
// HTML or text, possibly gzip-compressed.
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
		return nil, err
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
