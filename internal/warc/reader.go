package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// ErrFormat means the input is not a WARC file, or is damaged past the
// point where records can be found again.
var ErrFormat = errors.New("warc: not a WARC file")

// ErrTooLarge means a record's block is larger than the Reader's limit; the
// record is skipped and the Reader can go on.
var ErrTooLarge = errors.New("warc: record too large")

// Record is one WARC record: its named headers and its block.
type Record struct {
	// Offset is where the record starts in the file; in a .warc.gz it is
	// the offset of its gzip member, so that it can be fetched alone.
	Offset int64
	Header textproto.MIMEHeader
	// Block is the record's content (for a response, the HTTP message).
	Block []byte
}

// Type returns the WARC-Type header, e.g. "response".
func (r *Record) Type() string { return r.Header.Get("WARC-Type") }

// TargetURI returns the WARC-Target-URI header, without the angle brackets
// some writers add.
func (r *Record) TargetURI() string { return strings.Trim(r.Header.Get("WARC-Target-URI"), "<>") }

// Date returns the WARC-Date header: when the page was captured.
func (r *Record) Date() string { return r.Header.Get("WARC-Date") }

// ID returns the WARC-Record-ID header, without its angle brackets.
func (r *Record) ID() string { return strings.Trim(r.Header.Get("WARC-Record-ID"), "<>") }

// Reader reads the records of a WARC file in order.
type Reader struct {
	src         *countingReader
	gz          *gzip.Reader // nil for an uncompressed file
	r           *bufio.Reader
	tp          *textproto.Reader
	maxBlock    int64
	memberStart int64
}

// NewReader returns a Reader of the WARC file in r, gzip-compressed or not
// (it looks at the first bytes). Blocks larger than maxBlock bytes are
// skipped with ErrTooLarge; maxBlock <= 0 means no limit.
func NewReader(r io.Reader, maxBlock int64) (*Reader, error) {
	w := &Reader{src: &countingReader{r: bufio.NewReaderSize(r, 64<<10)}, maxBlock: maxBlock}
	if head, _ := w.src.r.Peek(2); bytes.Equal(head, []byte{0x1f, 0x8b}) {
		gz, err := gzip.NewReader(w.src)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		gz.Multistream(false)
		w.gz = gz
		w.r = bufio.NewReader(gz)
	} else {
		w.r = bufio.NewReader(w.src)
	}
	w.tp = textproto.NewReader(w.r)
	return w, nil
}

// Next returns the next record, or io.EOF after the last one. After an
// ErrTooLarge error the record (returned without its block) has been
// skipped and Next may be called again; after any other error the rest of
// the file is unreadable.
func (w *Reader) Next() (*Record, error) {
	for {
		offset := w.offset()
		rec, err := w.readRecord()
		if err == io.EOF && w.gz != nil {
			if err := w.nextMember(); err != nil {
				return nil, err
			}
			continue
		}
		if rec != nil {
			rec.Offset = offset
		}
		return rec, err
	}
}

// offset returns where the next record starts in the file.
func (w *Reader) offset() int64 {
	if w.gz != nil {
		return w.memberStart
	}
	return w.src.n - int64(w.r.Buffered())
}

// nextMember moves to the next gzip member; io.EOF when there is none.
func (w *Reader) nextMember() error {
	w.memberStart = w.src.n
	if err := w.gz.Reset(w.src); err != nil {
		if err == io.EOF {
			return io.EOF
		}
		return fmt.Errorf("%w: %v", ErrFormat, err)
	}
	w.gz.Multistream(false)
	w.r.Reset(w.gz)
	return nil
}

// readRecord reads the version line, the headers and the block of one
// record; io.EOF when the stream (or gzip member) ends before one starts.
func (w *Reader) readRecord() (*Record, error) {
	if err := w.versionLine(); err != nil {
		return nil, err
	}
	h, err := w.tp.ReadMIMEHeader()
	if err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
	}
	n, err := strconv.ParseInt(h.Get("Content-Length"), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("%w: bad Content-Length %q", ErrFormat, h.Get("Content-Length"))
	}
	rec := &Record{Header: h}
	if w.maxBlock > 0 && n > w.maxBlock {
		if _, err := io.CopyN(io.Discard, w.r, n); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		w.skipTrailer()
		return rec, fmt.Errorf("%w: %d bytes", ErrTooLarge, n)
	}
	rec.Block = make([]byte, n)
	if _, err := io.ReadFull(w.r, rec.Block); err != nil {
		return nil, fmt.Errorf("%w: block: %v", ErrFormat, err)
	}
	w.skipTrailer()
	return rec, nil
}

// skipTrailer consumes the CRLF CRLF that ends a record, so that the
// offset of the next one is exact.
func (w *Reader) skipTrailer() {
	for range 4 {
		b, err := w.r.Peek(1)
		if err != nil || (b[0] != '\r' && b[0] != '\n') {
			return
		}
		w.r.Discard(1)
	}
}

// versionLine skips the blank lines between records and reads the
// "WARC/1.x" line that starts one.
func (w *Reader) versionLine() error {
	for {
		line, err := w.tp.ReadLine()
		if err != nil {
			if err == io.EOF && line == "" {
				return io.EOF
			}
			return fmt.Errorf("%w: %v", ErrFormat, err)
		}
		if strings.HasPrefix(line, "WARC/") {
			return nil
		}
		if strings.TrimSpace(line) != "" {
			return fmt.Errorf("%w: found %.20q where a record should start", ErrFormat, line)
		}
	}
}

// countingReader counts the bytes read through it. It is an io.ByteReader
// so that the gzip decompressor reads exactly the bytes of one member and
// the count gives member offsets.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}
