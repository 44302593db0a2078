package article

import (
	"context"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// Parse reads an article from r with cfg, deciding from the input whether
// it is an HTML page or plain text. cfg must be frozen.
func Parse(ctx context.Context, cfg *Config, r io.Reader, in Input) (*Article, error) {
	s, err := readInput(r, cfg)
	if err != nil {
		return nil, err
	}
	if looksLikeHTML(s) {
		return parseHTMLInput(ctx, cfg, s, in)
	}
	return parseTextInput(ctx, cfg, s, in)
}

// ParseText reads an article from the plain text in r with cfg.
func ParseText(ctx context.Context, cfg *Config, r io.Reader, in Input) (*Article, error) {
	s, err := readInput(r, cfg)
	if err != nil {
		return nil, err
	}
	return parseTextInput(ctx, cfg, s, in)
}

// ParseHTML reads an article from the HTML page in r with cfg.
func ParseHTML(ctx context.Context, cfg *Config, r io.Reader, in Input) (*Article, error) {
	s, err := readInput(r, cfg)
	if err != nil {
		return nil, err
	}
	return parseHTMLInput(ctx, cfg, s, in)
}

// ParseNode reads an article from a parsed HTML page with cfg, without
// changing the tree.
func ParseNode(ctx context.Context, cfg *Config, doc *html.Node, in Input) (*Article, error) {
	if doc == nil {
		return nil, ErrEmpty
	}
	c := newContext(ctx, cfg, in)
	c.doc = doc
	readHTML(c)
	return finish(c)
}

// readInput reads r within the limits and rejects empty and binary input.
// The input is kept as a string, still in its own encoding: valid UTF-8
// is then parsed without another copy.
func readInput(r io.Reader, cfg *Config) (string, error) {
	s, err := readLimited(r, cfg.Limits.MaxInputBytes)
	if err != nil {
		return "", err
	}
	if len(strings.TrimSpace(s)) == 0 {
		return "", ErrEmpty
	}
	if looksBinary(s) {
		return "", ErrBinary
	}
	return s, nil
}

func parseTextInput(ctx context.Context, cfg *Config, s string, in Input) (*Article, error) {
	c := newContext(ctx, cfg, in)
	readText(c, decodeString(s, in.Charset, false))
	takeTextStandfirst(c)
	return finish(c)
}

func parseHTMLInput(ctx context.Context, cfg *Config, s string, in Input) (*Article, error) {
	page := decodeString(s, in.Charset, true)
	doc, err := parseDOM(page, cfg.Limits)
	if err != nil {
		return nil, err
	}
	resolveStreamed(doc, page)
	return ParseNode(ctx, cfg, doc, in)
}

// finish groups the blocks into sections, writes the text, and runs the
// transformers.
func finish(c *Context) (*Article, error) {
	if err := c.Err(); err != nil {
		return nil, err
	}
	a := c.article
	a.Sections = buildSections(c.blocks)
	a.Text = buildText(a)
	if a.URL == "" {
		a.URL = c.input.URL
	}
	for _, t := range c.cfg.transformers {
		if err := c.Err(); err != nil {
			return nil, err
		}
		if err := t.Value.Transform(c, a); err != nil {
			return nil, err
		}
	}
	if a.Text == "" && a.Title == "" && a.Summary == nil && len(a.Embeds) == 0 {
		return nil, ErrNotArticle
	}
	return a, nil
}

// looksLikeHTML reports whether s starts like an HTML document or
// fragment rather than plain text.
func looksLikeHTML(s string) bool {
	head := strings.ToLower(strings.TrimLeft(s[:min(len(s), 4096)], " \t\r\n\ufeff\xef\xbb\xbf"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<?xml", "<meta", "<article", "<div", "<p>", "<p "} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return strings.Contains(head, "<html") || strings.Contains(head, "<body")
}

// looksBinary reports whether s is not text: more than one byte in
// twenty near its start is a control character (NUL included). Text with a
// stray NUL or two is still text.
func looksBinary(s string) bool {
	if utf16Text(s) {
		return false
	}
	head := s[:min(len(s), 8192)]
	ctl := 0
	for i := range len(head) {
		ctl += int(controlBytes[head[i]])
	}
	return ctl*20 > len(head)
}

// controlBytes is 1 at the control characters that text does not hold:
// those below space but tab, newline, carriage return and form feed.
var controlBytes = func() (t [256]uint8) {
	for x := range 0x20 {
		t[x] = 1
	}
	t['\t'], t['\n'], t['\r'], t['\f'] = 0, 0, 0, 0
	return t
}()

// utf16Text reports whether s starts with a UTF-16 byte-order mark, the
// one kind of text with NUL bytes.
func utf16Text(s string) bool {
	return strings.HasPrefix(s, "\xfe\xff") || strings.HasPrefix(s, "\xff\xfe")
}
