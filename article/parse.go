package article

import (
	"bytes"
	"context"
	"io"

	"golang.org/x/net/html"
)

// Parse reads an article from r with cfg, deciding from the input whether
// it is an HTML page or plain text. cfg must be frozen.
func Parse(ctx context.Context, cfg *Config, r io.Reader, in Input) (*Article, error) {
	b, err := readInput(r, cfg)
	if err != nil {
		return nil, err
	}
	if looksLikeHTML(b) {
		return parseHTMLBytes(ctx, cfg, b, in)
	}
	return parseTextBytes(ctx, cfg, b, in)
}

// ParseText reads an article from the plain text in r with cfg.
func ParseText(ctx context.Context, cfg *Config, r io.Reader, in Input) (*Article, error) {
	b, err := readInput(r, cfg)
	if err != nil {
		return nil, err
	}
	return parseTextBytes(ctx, cfg, b, in)
}

// ParseHTML reads an article from the HTML page in r with cfg.
func ParseHTML(ctx context.Context, cfg *Config, r io.Reader, in Input) (*Article, error) {
	b, err := readInput(r, cfg)
	if err != nil {
		return nil, err
	}
	return parseHTMLBytes(ctx, cfg, b, in)
}

// ParseNode reads an article from a parsed HTML page with cfg.
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
func readInput(r io.Reader, cfg *Config) ([]byte, error) {
	b, err := readLimited(r, cfg.Limits.MaxInputBytes)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	if looksBinary(b) {
		return nil, ErrBinary
	}
	return b, nil
}

func parseTextBytes(ctx context.Context, cfg *Config, b []byte, in Input) (*Article, error) {
	c := newContext(ctx, cfg, in)
	readText(c, decode(b, in.Charset, false))
	takeTextStandfirst(c)
	return finish(c)
}

func parseHTMLBytes(ctx context.Context, cfg *Config, b []byte, in Input) (*Article, error) {
	doc, err := parseDOM(decode(b, in.Charset, true), cfg.Limits)
	if err != nil {
		return nil, err
	}
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

// looksLikeHTML reports whether b starts like an HTML document or
// fragment rather than plain text.
func looksLikeHTML(b []byte) bool {
	head := bytes.ToLower(bytes.TrimLeft(b[:min(len(b), 4096)], " \t\r\n\ufeff\xef\xbb\xbf"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<?xml", "<meta", "<article", "<div", "<p>", "<p "} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<body"))
}

// looksBinary reports whether b is not text: more than one byte in
// twenty near its start is a control character (NUL included). Text with a
// stray NUL or two is still text.
func looksBinary(b []byte) bool {
	if utf16Text(b) {
		return false
	}
	head := b[:min(len(b), 8192)]
	ctl := 0
	for _, x := range head {
		if x < 0x20 && x != '\t' && x != '\n' && x != '\r' && x != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(head)
}

// utf16Text reports whether b starts with a UTF-16 byte-order mark, the
// one kind of text with NUL bytes.
func utf16Text(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xfe, 0xff}) || bytes.HasPrefix(b, []byte{0xff, 0xfe})
}
