package article

import (
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A modern page is mostly code and style: on the development pages, the
// bodies of <script> and <style> elements are about two fifths of the
// bytes. The HTML tokenizer reads each body byte by byte to find its end
// tag, then copies it twice on its way into a text node. parseLean gives
// the parser the page with its long bodies cut out, a marker in the place
// of each, and puts each body back into its element's text node
// afterwards: the tree is the one html.Parse builds from the whole page,
// for a tenth to a fifth less work.
//
// The scan that finds the bodies (cutBodies) follows only what moves
// their bounds: comments, <svg> and <math> regions (where the parser
// turns raw text off, and nothing is cut), and the elements whose content
// is raw text. A script whose body holds "<!--" is left whole, as the
// tokenizer's escaped states could move its end. The check after parsing
// makes the scan's guesses safe: each marker must come back as the whole
// text of an HTML <script> or <style>, else the page is parsed whole. A
// marker that does is exact: the tag before it was read as the start tag
// of a raw-text element, from the same state as in the whole page, so its
// text in the whole page runs to the same end tag, the first after it.
// Everything else the parser sees is unchanged.

const (
	// minCutBody is the shortest body, in bytes, that is cut out.
	minCutBody = 512
	// minLeanPage is the shortest page, in bytes, whose bodies are cut.
	minLeanPage = 8 << 10
	// cutMark opens each marker: a control character pages do not hold (a
	// page that holds it is parsed whole).
	cutMark = "\x01"
)

// cut is the body of one element, page[start:end].
type cut struct{ start, end int }

// parseLean returns the tree html.Parse builds from page.
func parseLean(page string) (*html.Node, error) {
	if len(page) >= minLeanPage && strings.IndexByte(page, cutMark[0]) < 0 {
		if cuts := cutBodies(page, minCutBody); len(cuts) > 0 {
			if doc, ok := parseCut(page, cuts); ok {
				return doc, nil
			}
		}
	}
	return html.Parse(strings.NewReader(page))
}

// parseCut parses page with cuts replaced by markers and puts them back,
// reporting whether each came back where it belongs.
func parseCut(page string, cuts []cut) (*html.Node, bool) {
	doc, err := html.Parse(&markedReader{page: page, cuts: cuts})
	return doc, err == nil && restoreBodies(doc, page, cuts)
}

// markedReader reads page with each cut replaced by its marker, without
// building that page.
type markedReader struct {
	page string
	cuts []cut
	pos  int    // the next byte of page to read
	next int    // the next cut
	mark []byte // what is left to read of the current marker
	buf  [24]byte
}

// Read reads the next bytes of the marked page into p.
func (r *markedReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(r.mark) > 0 {
			k := copy(p[n:], r.mark)
			r.mark, n = r.mark[k:], n+k
			continue
		}
		end := len(r.page)
		if r.next < len(r.cuts) {
			end = r.cuts[r.next].start
		}
		if r.pos < end {
			k := copy(p[n:], r.page[r.pos:end])
			r.pos, n = r.pos+k, n+k
			continue
		}
		if r.next == len(r.cuts) {
			break
		}
		r.mark = strconv.AppendInt(append(r.buf[:0], cutMark...), int64(r.next), 10)
		r.pos = r.cuts[r.next].end
		r.next++
	}
	if n == 0 && len(p) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// restoreBodies puts each cut back into the text node that holds its
// marker, as the tokenizer would have written it, and reports whether
// every marker was found, once, as the whole text of an HTML <script> or
// <style>. It stops at the last one: the page held no marker of its own.
func restoreBodies(doc *html.Node, page string, cuts []cut) bool {
	found := make([]bool, len(cuts))
	left := len(cuts)
	for n := range descendants(doc) {
		t := n.FirstChild
		if t == nil || t.Type != html.TextNode || !strings.HasPrefix(t.Data, cutMark) {
			continue
		}
		i, err := strconv.Atoi(t.Data[len(cutMark):])
		if err != nil || i < 0 || i >= len(cuts) || found[i] || t.NextSibling != nil ||
			n.Type != html.ElementNode || n.Namespace != "" || n.DataAtom != atom.Script && n.DataAtom != atom.Style {
			return false
		}
		found[i] = true
		t.Data = rawText(page[cuts[i].start:cuts[i].end])
		if left--; left == 0 {
			return true
		}
	}
	return false
}

// rawText returns the text the tokenizer makes of a raw-text body: line
// ends as "\n" and NUL as U+FFFD.
func rawText(body string) string {
	if strings.IndexByte(body, '\r') < 0 && strings.IndexByte(body, 0) < 0 {
		return strings.Clone(body)
	}
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")
	return strings.ReplaceAll(body, "\x00", "\ufffd")
}

// cutBodies returns the bodies of page's <script> and <style> elements
// of minBody bytes or more, in order.
func cutBodies(page string, minBody int) []cut {
	s := tagScanner{page: page}
	var cuts []cut
	for s.next() {
		if s.raw == "" {
			continue
		}
		start := s.pos
		end := s.rawEnd()
		if end < 0 {
			break
		}
		if end-start >= minBody && (s.raw == "style" ||
			s.raw == "script" && !strings.Contains(page[start:end], "<!--")) {
			cuts = append(cuts, cut{start, end})
		}
		s.pos = end
	}
	return cuts
}

// tagScanner walks the tags of a page that matter to the tokenizer's
// state: the start tags of raw-text elements and of <svg> and <math>,
// their end tags, and comments. Other tags are stepped over at their "<":
// a "<" inside an attribute's value can make the scanner see a tag that
// is not there, which the check after parsing catches.
type tagScanner struct {
	page    string
	pos     int
	foreign int    // depth of open <svg> and <math> elements
	raw     string // the raw-text element the last tag opened, if any
}

// next moves past the next tag or comment that matters and reports
// whether there was one. After a start tag of a raw-text element, s.raw
// names it and s.pos is at the start of its content.
func (s *tagScanner) next() bool {
	s.raw = ""
	p := s.page
	for {
		i := strings.IndexByte(p[s.pos:], '<')
		if i < 0 || s.pos+i+1 >= len(p) {
			return false
		}
		s.pos += i + 1
		switch c := p[s.pos]; {
		case isASCIILetter(c):
			if name := scannedTag(p, s.pos); name != "" {
				return s.startTag(name)
			}
		case c == '/' && s.foreign > 0:
			if name := scannedTag(p, s.pos+1); name == "svg" || name == "math" {
				s.foreign--
			}
		case c == '!' && strings.HasPrefix(p[s.pos:], "!--"):
			return s.comment(s.pos + 3)
		}
	}
}

// scannedTag returns the name, in lower case, of the tag that starts at
// at when it is one the scanner follows, else "".
func scannedTag(p string, at int) string {
	end := at
	for end < len(p) && end-at < len(scannedTags) && isASCIILetter(p[end]) {
		end++
	}
	if end >= len(p) || end-at == len(scannedTags) || !isTagSpace(p[end]) && p[end] != '/' && p[end] != '>' {
		return ""
	}
	name := p[at:end]
	for _, r := range scannedTags[len(name)] {
		if strings.EqualFold(name, r) {
			return r
		}
	}
	return ""
}

// scannedTags are, by length, the tags the scanner follows: <svg> and
// <math>, and the elements whose content the tokenizer reads as raw text
// (or as plain text to the end, for plaintext) outside them.
var scannedTags = [10][]string{
	3: {"svg", "xmp"},
	4: {"math"},
	5: {"style", "title"},
	6: {"script", "iframe"},
	7: {"noembed"},
	8: {"textarea", "noscript", "noframes"},
	9: {"plaintext"},
}

// startTag reads the start tag named name whose name starts at s.pos.
func (s *tagScanner) startTag(name string) bool {
	if !s.tag(s.pos) {
		return false
	}
	switch {
	case name == "svg" || name == "math":
		if s.page[s.pos-2] != '/' {
			s.foreign++
		}
	case s.foreign == 0:
		s.raw = name
		return name != "plaintext"
	}
	return true
}

// comment moves past the comment whose text starts at at: it ends at
// "-->" or "--!>", or at once with "<!-->" or "<!--->".
func (s *tagScanner) comment(at int) bool {
	rest := s.page[at:]
	switch {
	case strings.HasPrefix(rest, ">"):
		s.pos = at + 1
		return true
	case strings.HasPrefix(rest, "->"):
		s.pos = at + 2
		return true
	}
	for i := 0; ; {
		j := strings.Index(rest[i:], "--")
		if j < 0 {
			return false
		}
		i += j + 2
		switch {
		case strings.HasPrefix(rest[i:], ">"):
			s.pos = at + i + 1
			return true
		case strings.HasPrefix(rest[i:], "!>"):
			s.pos = at + i + 2
			return true
		}
		i--
	}
}

// tag reads the tag whose name starts at at, with its attributes, and
// moves s.pos past its ">"; false when the page ends first.
func (s *tagScanner) tag(at int) bool {
	p := s.page
	i := at
	for i < len(p) && !isTagSpace(p[i]) && p[i] != '/' && p[i] != '>' {
		i++
	}
	for {
		i = skipTagSpace(p, i)
		if i >= len(p) {
			return false
		}
		if p[i] == '>' {
			s.pos = i + 1
			return true
		}
		i = attribute(p, i)
	}
}

// attribute returns the end of the attribute (or lone "/") starting at i,
// read as the tokenizer's readTagAttrKey and readTagAttrVal do.
func attribute(p string, i int) int {
	start := i
	for ; i < len(p); i++ {
		c := p[i]
		if c == '=' && i == start {
			continue
		}
		if c == '=' || c == '/' || c == '>' || isTagSpace(c) {
			break
		}
	}
	i = skipTagSpace(p, i)
	if i >= len(p) {
		return i
	}
	switch p[i] {
	case '/':
		return i + 1
	case '=':
	default:
		return i
	}
	i = skipTagSpace(p, i+1)
	if i >= len(p) {
		return i
	}
	switch q := p[i]; q {
	case '>':
		return i
	case '"', '\'':
		end := strings.IndexByte(p[i+1:], q)
		if end < 0 {
			return len(p)
		}
		return i + 1 + end + 1
	}
	for i < len(p) && !isTagSpace(p[i]) && p[i] != '>' {
		i++
	}
	return i
}

// rawEnd returns where the content of the raw-text element s.raw, which
// starts at s.pos, ends: at "</" and its name, any case, followed by a
// space, "/" or ">". It returns -1 when the content runs to the end.
func (s *tagScanner) rawEnd() int {
	p, name := s.page, s.raw
	for i := s.pos; ; {
		j := strings.Index(p[i:], "</")
		if j < 0 {
			return -1
		}
		i += j
		after := i + 2 + len(name)
		if after < len(p) && strings.EqualFold(p[i+2:after], name) &&
			(isTagSpace(p[after]) || p[after] == '/' || p[after] == '>') {
			return i
		}
		i += 2
	}
}

// isTagSpace reports whether c is a space inside a tag: the ASCII white
// space of nonSpaceByte.
func isTagSpace(c byte) bool { return nonSpaceByte[c] == 0 }

// skipTagSpace returns the first index at or after i that is no tag space.
func skipTagSpace(p string, i int) int {
	for i < len(p) && isTagSpace(p[i]) {
		i++
	}
	return i
}

// isASCIILetter reports whether c is an ASCII letter (asciiAlnum also
// takes digits).
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
