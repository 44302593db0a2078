package article

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// readLimited reads all of r, failing with ErrTooLarge past max bytes (no
// limit when max <= 0). When r knows its size (a file, a bytes or strings
// reader), the buffer is allocated once.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	lr := r
	if max > 0 {
		lr = io.LimitReader(r, max+1)
	}
	buf := bytes.NewBuffer(make([]byte, 0, sizeHint(r, max)+bytes.MinRead))
	if _, err := buf.ReadFrom(lr); err != nil {
		return nil, fmt.Errorf("article: reading input: %w", err)
	}
	if max > 0 && int64(buf.Len()) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return buf.Bytes(), nil
}

// sizeHint returns how many bytes r holds when it can tell, within max.
func sizeHint(r io.Reader, max int64) int {
	var n int64
	switch v := r.(type) {
	case interface{ Len() int }:
		n = int64(v.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			n = fi.Size()
		}
	}
	if max > 0 && n > max {
		n = max
	}
	return int(n)
}

// decode returns b as UTF-8. Valid UTF-8 is taken as it is (less a BOM);
// otherwise a byte-order mark, then the charset the caller declared, then
// the one the page declares (<meta charset>, http-equiv), then sniffing
// decide. isHTML says whether to look for a <meta charset> in b. A page
// said or sniffed to be UTF-8 that is not quite (a few stray bytes of
// windows-1252, common on pages assembled from several sources) keeps its
// UTF-8 and has the stray bytes read as windows-1252.
func decode(b []byte, declared string, isHTML bool) string {
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		b = b[3:]
	}
	if utf8.Valid(b) {
		return string(b)
	}
	enc := pickEncoding(b, declared, isHTML)
	if enc == nil || enc == unicode.UTF8 {
		return decodeMixed(b)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return decodeMixed(b)
	}
	return string(out)
}

// pickEncoding chooses how to decode b, which is not valid UTF-8; nil
// means UTF-8 with stray windows-1252 bytes. A declaration of UTF-8 is
// believed only when most of b is UTF-8: servers often say UTF-8 of pages
// written in another charset that the page itself declares.
func pickEncoding(b []byte, declared string, isHTML bool) encoding.Encoding {
	if bom := bomEncoding(b); bom != nil {
		return bom
	}
	labels := []string{declaredCharset(declared)}
	if isHTML {
		labels = append(labels, metaCharset(b))
	}
	for _, l := range labels {
		e := lookupEncoding(l)
		switch {
		case e == nil:
		case e != unicode.UTF8 && e != encoding.Nop:
			return e
		case mostlyUTF8(b):
			return nil
		}
	}
	return sniffEncoding(b, isHTML)
}

// sniffEncoding guesses the encoding of b from its bytes: mostly UTF-8
// (nil), else what golang.org/x/net/html/charset determines, windows-1252
// being the web's default for pages that do not say.
func sniffEncoding(b []byte, isHTML bool) encoding.Encoding {
	if mostlyUTF8(b) {
		return nil
	}
	ct := ""
	if !isHTML {
		ct = "text/plain"
	}
	e, name, _ := charset.DetermineEncoding(b, ct)
	if name == "utf-8" || e == encoding.Nop {
		e = charmap.Windows1252
	}
	return e
}

// mostlyUTF8 reports whether the non-ASCII bytes of b are mostly valid
// UTF-8 sequences: more than four in five of its multi-byte characters.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		i += n
	}
	return good > 4*bad
}

// decodeMixed returns b as UTF-8, reading its valid UTF-8 sequences as
// they are and each other byte as windows-1252.
func decodeMixed(b []byte) string {
	var s strings.Builder
	s.Grow(len(b) + len(b)/8)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			r = charmap.Windows1252.DecodeByte(b[i])
		}
		s.WriteRune(r)
		i += n
	}
	return s.String()
}

// declaredCharset returns the charset of a transport's declaration, which
// may be a whole Content-Type ("text/html; charset=ISO-8859-1") or the
// label alone.
func declaredCharset(s string) string {
	if i := strings.Index(strings.ToLower(s), "charset="); i >= 0 {
		s = s[i+len("charset="):]
		if j := strings.IndexAny(s, "; "); j >= 0 {
			s = s[:j]
		}
	}
	return strings.Trim(strings.TrimSpace(s), `"'`)
}

// metaScan is how far into a page decoding looks for its <meta charset>:
// further than the 1,024 bytes of the HTML standard's prescan, since many
// pages put scripts and styles first.
const metaScan = 32 << 10

// metaCharsetRE matches the charset of <meta charset="..."> and of
// <meta http-equiv="Content-Type" content="text/html; charset=...">.
var metaCharsetRE = regexp.MustCompile(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// metaCharset returns the charset the page declares near its start, or "".
func metaCharset(b []byte) string {
	if m := metaCharsetRE.FindSubmatch(b[:min(len(b), metaScan)]); m != nil {
		return string(m[1])
	}
	return ""
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
