package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// Page is the HTML page of a response record.
type Page struct {
	URL     string
	Date    string // when it was captured (WARC-Date)
	Charset string // from the HTTP Content-Type, if any
	Body    []byte
}

// HTMLPage returns the page a response record holds, and false when the
// record is not a response or its payload is not HTML. maxBody bounds the
// payload after decompression (<= 0: no bound).
func (r *Record) HTMLPage(maxBody int64) (Page, bool, error) {
	if r.Type() != "response" || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/http") {
		return Page{}, false, nil
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(r.Block)), nil)
	if err != nil {
		return Page{}, false, fmt.Errorf("warc: HTTP response: %w", err)
	}
	defer resp.Body.Close()
	mt, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if mt != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		return Page{}, false, nil
	}
	body, err := readBody(resp, maxBody)
	if err != nil {
		return Page{}, false, err
	}
	return Page{URL: r.TargetURI(), Date: r.Date(), Charset: params["charset"], Body: body}, true, nil
}

// readBody reads a response's payload, undoing a gzip content encoding
// that the archiver kept, within maxBody bytes.
func readBody(resp *http.Response, maxBody int64) ([]byte, error) {
	var body io.Reader = resp.Body
	br := bufio.NewReader(body)
	if head, _ := br.Peek(2); bytes.Equal(head, []byte{0x1f, 0x8b}) {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc: payload: %w", err)
		}
		body = gz
	} else {
		body = br
	}
	if maxBody <= 0 {
		return io.ReadAll(body)
	}
	b, err := io.ReadAll(io.LimitReader(body, maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("warc: payload: %w", err)
	}
	if int64(len(b)) > maxBody {
		return nil, fmt.Errorf("%w: payload over %d bytes", ErrTooLarge, maxBody)
	}
	return b, nil
}
