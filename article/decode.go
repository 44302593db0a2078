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

// readLimited reads all of r as a string, failing with ErrTooLarge past
// max bytes (no limit when max <= 0). The text is copied once, into the
// string that the rest of the parse reads: when r knows its size (a file,
// a bytes or strings reader), that string is allocated once.
func readLimited(r io.Reader, max int64) (string, error) {
	if s, ok, err := readInMemory(r, max); ok {
		return s, err
	}
	lr := r
	if max > 0 {
		lr = io.LimitReader(r, max+1)
	}
	var b strings.Builder
	b.Grow(sizeHint(r, max) + bytes.MinRead)
	chunk := make([]byte, min(b.Cap(), 32<<10))
	for {
		n, err := lr.Read(chunk)
		b.Write(chunk[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("article: reading input: %w", err)
		}
	}
	if max > 0 && int64(b.Len()) > max {
		return "", tooLarge(max)
	}
	return b.String(), nil
}

// readInMemory reads r when it is a reader over bytes already in memory,
// which writes them out in one call; ok is false for other readers.
func readInMemory(r io.Reader, max int64) (s string, ok bool, err error) {
	var size int
	switch v := r.(type) {
	case *bytes.Reader:
		size = v.Len()
	case *strings.Reader:
		size = v.Len()
	case *bytes.Buffer:
		size = v.Len()
	default:
		return "", false, nil
	}
	if max > 0 && int64(size) > max {
		return "", true, tooLarge(max)
	}
	var b strings.Builder
	b.Grow(size)
	if _, err := r.(io.WriterTo).WriteTo(&b); err != nil {
		return "", true, fmt.Errorf("article: reading input: %w", err)
	}
	return b.String(), true, nil
}

// tooLarge is the error of an input of more than max bytes.
func tooLarge(max int64) error {
	return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
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

// decode returns b as UTF-8, as decodeString does.
func decode(b []byte, declared string, isHTML bool) string {
	return decodeString(string(b), declared, isHTML)
}

// decodeString returns s as UTF-8. Valid UTF-8 is taken as it is (less a
// BOM), without a copy; otherwise a byte-order mark, then the charset the
// caller declared, then the one the page declares (<meta charset>,
// http-equiv), then sniffing decide. isHTML says whether to look for a
// <meta charset> in s. A page said or sniffed to be UTF-8 that is not
// quite (a few stray bytes of windows-1252, common on pages assembled from
// several sources) keeps its UTF-8 and has the stray bytes read as
// windows-1252. Text that the site encoded twice ("â€”" for "—") is then
// repaired (repairMojibake).
func decodeString(s, declared string, isHTML bool) string {
	return repairMojibake(decodeCharset(s, declared, isHTML))
}

// decodeCharset returns s as UTF-8, as decodeString does, before any
// repair of double-encoded text.
func decodeCharset(s, declared string, isHTML bool) string {
	s = strings.TrimPrefix(s, "\xef\xbb\xbf")
	if utf8.ValidString(s) {
		return s
	}
	b := []byte(s)
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
