package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/depeche-go/depeche/internal/warc"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Page), func(string), error](&readFn{})
	register.Emitter1[Page]()
	register.Emitter1[string]()
}

// Page is one page to parse, as it travels between workers.
type Page struct {
	Source  string // the file, or "file#offset" for a record in it
	URL     string // the page's address, when the input says
	Fetched string // when it was captured (a WARC record's WARC-Date)
	Charset string // the transport's charset, when the input says
	Body    []byte
}

var (
	bytesIn        = beam.NewCounter("depeche", "bytes_in")
	pagesRead      = beam.NewCounter("depeche", "pages_read")
	recordsSkipped = beam.NewCounter("depeche", "records_skipped")
)

// readFn reads the pages of one file: the HTML responses of a WARC file,
// the records of a JSON-lines file, or the file itself as one page. It
// emits what it cannot read to the failures output and goes on.
type readFn struct {
	MaxInput int64 // largest page or record read
}

// ProcessElement reads one file, holding one page at a time.
func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Page), fail func(string)) error {
	name := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		fail(failureLine(ctx, name, err))
		return nil
	}
	defer rc.Close()
	r := &countingReader{r: rc}
	defer func() { bytesIn.Inc(ctx, r.n) }()
	out := func(p Page) { pagesRead.Inc(ctx, 1); emit(p) }
	onErr := func(source string, err error) { fail(failureLine(ctx, source, err)) }
	switch kindOf(name) {
	case "warc":
		fn.warc(ctx, name, r, out, onErr)
	case "jsonl":
		fn.jsonl(name, r, out, onErr)
	default:
		fn.file(name, r, out, onErr)
	}
	return nil
}

// kindOf tells how to read the file at name from its extension.
func kindOf(name string) string {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch path.Ext(n) {
	case ".warc":
		return "warc"
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return "page"
}

// warc emits the HTML response records of a WARC file, plain or gzip.
func (fn *readFn) warc(ctx context.Context, name string, r io.Reader, emit func(Page), fail func(string, error)) {
	wr, err := warc.NewReader(r, fn.MaxInput)
	if err != nil {
		fail(name, err)
		return
	}
	for {
		rec, err := wr.Next()
		switch {
		case err == io.EOF:
			return
		case errors.Is(err, warc.ErrTooLarge):
			fail(recordSource(name, rec.Offset), err)
		case err != nil:
			fail(name, err)
			return
		default:
			fn.record(ctx, name, rec, emit, fail)
		}
	}
}

// record emits the page of a WARC record that holds one.
func (fn *readFn) record(ctx context.Context, name string, rec *warc.Record, emit func(Page), fail func(string, error)) {
	source := recordSource(name, rec.Offset)
	page, ok, err := rec.HTMLPage(fn.MaxInput)
	switch {
	case err != nil:
		fail(source, err)
	case !ok:
		recordsSkipped.Inc(ctx, 1)
	default:
		emit(Page{Source: source, URL: page.URL, Fetched: page.Date, Charset: page.Charset, Body: page.Body})
	}
}

func recordSource(name string, offset int64) string { return fmt.Sprintf("%s#%d", name, offset) }

// jsonRecord is one line of a JSON-lines input.
type jsonRecord struct {
	URL  string `json:"url"`
	HTML string `json:"html"`
}

// jsonl emits the records of a JSON-lines file, plain or gzip; a record's
// source is "file#offset", the offset of its line in the uncompressed
// text. A line too long or not JSON fails alone.
func (fn *readFn) jsonl(name string, r io.Reader, emit func(Page), fail func(string, error)) {
	r, closeGzip, err := gunzip(name, r)
	if err != nil {
		fail(name, err)
		return
	}
	defer closeGzip()
	br := bufio.NewReaderSize(r, 64<<10)
	// JSON escapes can make a page's line up to six times its size.
	maxLine := 6*fn.MaxInput + 1024
	for offset := int64(0); ; {
		line, n, err := readLine(br, maxLine)
		source := recordSource(name, offset)
		offset += n
		switch {
		case err == io.EOF:
			return
		case err != nil:
			fail(source, err)
			if !errors.Is(err, errLineTooLong) {
				return
			}
		case len(bytes.TrimSpace(line)) > 0:
			fn.jsonRecord(source, line, emit, fail)
		}
	}
}

func (fn *readFn) jsonRecord(source string, line []byte, emit func(Page), fail func(string, error)) {
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		fail(source, fmt.Errorf("json: %w", err))
		return
	}
	emit(Page{Source: source, URL: rec.URL, Body: []byte(rec.HTML)})
}

// errLineTooLong means a JSON-lines record is larger than allowed.
var errLineTooLong = errors.New("json: line too long")

// readLine returns the next line of br without its newline, and the bytes
// it took; a line longer than maxLine is skipped with errLineTooLong.
func readLine(br *bufio.Reader, maxLine int64) ([]byte, int64, error) {
	var line []byte
	var n int64
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if n <= maxLine {
			line = append(line, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && n > 0:
			err = nil
		}
		if err == nil && n > maxLine {
			err = fmt.Errorf("%w: over %d bytes", errLineTooLong, maxLine)
		}
		return bytes.TrimRight(line, "\r\n"), n, err
	}
}

// file emits the file as one page, decompressed when its name ends in
// .gz. It reads one byte more than MaxInput, for the parser to refuse.
func (fn *readFn) file(name string, r io.Reader, emit func(Page), fail func(string, error)) {
	r, closeGzip, err := gunzip(name, r)
	if err != nil {
		fail(name, err)
		return
	}
	defer closeGzip()
	body, err := io.ReadAll(io.LimitReader(r, fn.MaxInput+1))
	if err != nil {
		fail(name, err)
		return
	}
	emit(Page{Source: name, Body: body})
}

// gunzip decompresses r when name ends in .gz.
func gunzip(name string, r io.Reader) (io.Reader, func(), error) {
	if !strings.EqualFold(path.Ext(name), ".gz") {
		return r, func() {}, nil
	}
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, nil, fmt.Errorf("gzip: %w", err)
	}
	return z, func() { z.Close() }, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
