package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// record writes one WARC record with the given type, target and block.
func record(typ, target, contentType, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: <%s>\r\nWARC-Date: 2024-02-26T10:00:00Z\r\n"+
		"WARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, target, typ+target, contentType, len(block), block)
}

func httpResponse(contentType, extraHeaders, body string) string {
	return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n" + extraHeaders + "\r\n" + body
}

func chunked(s string) string {
	half := len(s) / 2
	return fmt.Sprintf("%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n", half, s[:half], len(s)-half, s[half:])
}

func gzipped(s string) string {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(s))
	z.Close()
	return b.String()
}

// testRecords are the records of the test archive, in order.
var testRecords = []string{
	record("warcinfo", "", "application/warc-fields", "software: test\r\n"),
	record("request", "https://example.com/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"),
	record("response", "https://example.com/a", "application/http; msgtype=response",
		httpResponse("text/html; charset=iso-8859-1", "", "<html><body><p>caf\xe9</p></body></html>")),
	record("response", "https://example.com/logo.png", "application/http; msgtype=response",
		httpResponse("image/png", "", "\x89PNG....")),
	record("response", "https://example.com/b", "application/http; msgtype=response",
		httpResponse("text/html", "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(gzipped("<p>chunked and gzipped</p>")))),
}

func readAll(t *testing.T, data []byte) []*Record {
	r, err := NewReader(bytes.NewReader(data), 0)
	require.NoError(t, err)
	var recs []*Record
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return recs
		}
		require.NoError(t, err)
		recs = append(recs, rec)
	}
}

func checkPages(t *testing.T, recs []*Record) {
	require.Len(t, recs, 5)
	assert.Equal(t, "warcinfo", recs[0].Type())
	var pages []Page
	for _, rec := range recs {
		p, ok, err := rec.HTMLPage(0)
		require.NoError(t, err)
		if ok {
			pages = append(pages, p)
		}
	}
	require.Len(t, pages, 2)
	assert.Equal(t, "https://example.com/a", pages[0].URL)
	assert.Equal(t, "2024-02-26T10:00:00Z", pages[0].Date)
	assert.Equal(t, "iso-8859-1", pages[0].Charset)
	assert.Equal(t, "<html><body><p>caf\xe9</p></body></html>", string(pages[0].Body))
	assert.Equal(t, "<p>chunked and gzipped</p>", string(pages[1].Body))
}

func TestPlainWARC(t *testing.T) {
	var data bytes.Buffer
	var offsets []int64
	for _, r := range testRecords {
		offsets = append(offsets, int64(data.Len()))
		data.WriteString(r)
	}
	recs := readAll(t, data.Bytes())
	checkPages(t, recs)
	for i, rec := range recs {
		assert.Equal(t, offsets[i], rec.Offset)
	}
}

func TestGzipWARCOffsets(t *testing.T) {
	var data bytes.Buffer
	var offsets []int64
	for _, r := range testRecords {
		offsets = append(offsets, int64(data.Len()))
		data.WriteString(gzipped(r))
	}
	recs := readAll(t, data.Bytes())
	checkPages(t, recs)
	for i, rec := range recs {
		assert.Equal(t, offsets[i], rec.Offset)
		// A record can be read alone from its offset, as a CDX index does.
		alone := readAll(t, data.Bytes()[rec.Offset:])
		assert.Equal(t, rec.ID(), alone[0].ID())
	}
}

func TestTooLargeRecordIsSkipped(t *testing.T) {
	data := testRecords[0] + testRecords[2] + testRecords[1]
	r, err := NewReader(bytes.NewReader([]byte(data)), 100)
	require.NoError(t, err)
	_, err = r.Next()
	require.NoError(t, err)
	rec, err := r.Next()
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Equal(t, "https://example.com/a", rec.TargetURI())
	rec, err = r.Next()
	require.NoError(t, err)
	assert.Equal(t, "request", rec.Type())
}

func TestNotWARC(t *testing.T) {
	for _, data := range []string{"<html>hello</html>", "WARC/1.0\r\nContent-Length: x\r\n\r\n", "WARC/1.0\r\nContent-Length: 50\r\n\r\nshort"} {
		r, err := NewReader(bytes.NewReader([]byte(data)), 0)
		require.NoError(t, err)
		_, err = r.Next()
		assert.ErrorIs(t, err, ErrFormat, data)
	}
	r, err := NewReader(bytes.NewReader(nil), 0)
	require.NoError(t, err)
	_, err = r.Next()
	assert.Equal(t, io.EOF, err)
}
