package article

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// readLimited reads all of r, failing with ErrTooLarge past max bytes (no
// limit when max <= 0).
func readLimited(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("article: reading input: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return b, nil
}

// decode returns b as UTF-8. Valid UTF-8 is taken as it is (less a BOM);
// otherwise a byte-order mark, then the charset the caller declared, then
// the one the page declares, then sniffing decide. isHTML says whether to
// look for a <meta charset> in b.
func decode(b []byte, declared string, isHTML bool) string {
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		b = b[3:]
	}
	if utf8.Valid(b) {
		return string(b)
	}
	enc := pickEncoding(b, declared, isHTML)
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return string(bytes.ToValidUTF8(b, []byte("\ufffd")))
	}
	return string(out)
}

// pickEncoding chooses how to decode b, which is not valid UTF-8.
func pickEncoding(b []byte, declared string, isHTML bool) encoding.Encoding {
	if bom := bomEncoding(b); bom != nil {
		return bom
	}
	if e := lookupEncoding(declared); e != nil {
		return e
	}
	ct := ""
	if !isHTML {
		ct = "text/plain"
	}
	e, _, _ := charset.DetermineEncoding(b, ct)
	if e == encoding.Nop || e == unicode.UTF8 {
		// Not UTF-8 after all: the web's default for Western pages.
		e, _ = htmlindex.Get("windows-1252")
	}
	return e
}

// bomEncoding returns the encoding a UTF-16 byte-order mark names, or nil.
func bomEncoding(b []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	}
	return nil
}

// lookupEncoding returns the encoding named by label, or nil.
func lookupEncoding(label string) encoding.Encoding {
	if label == "" {
		return nil
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil
	}
	return e
}
