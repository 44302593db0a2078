package depeche

import (
	"context"
	"io"

	"github.com/depeche-go/depeche/article"
	"golang.org/x/net/html"
)

// Parser turns news articles into Articles. It is built once by New with
// its extensions and limits, never changes afterwards, and is safe for
// concurrent use by many goroutines: per-parse state lives in each call.
type Parser struct {
	cfg *article.Config
}

// Option configures a Parser in New.
type Option func(*options)

type options struct {
	noDefaults bool
	limits     *article.Limits
	extensions []article.Extender
}

// WithExtensions adds extensions to the Parser, after the defaults and in
// the order given. They are applied after every other option.
func WithExtensions(e ...article.Extender) Option {
	return func(o *options) { o.extensions = append(o.extensions, e...) }
}

// WithLimits replaces the default limits (article.DefaultLimits).
func WithLimits(l article.Limits) Option {
	return func(o *options) { o.limits = &l }
}

// WithoutDefaults leaves out the default extensions (Defaults), so that a
// Parser has only the built-in structure readers and what WithExtensions
// adds.
func WithoutDefaults() Option {
	return func(o *options) { o.noDefaults = true }
}

// New returns a Parser with the default extensions, then the options
// applied.
func New(opts ...Option) *Parser {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	cfg := article.NewConfig()
	if o.limits != nil {
		cfg.Limits = *o.limits
	}
	if !o.noDefaults {
		Defaults().Extend(cfg)
	}
	for _, e := range o.extensions {
		e.Extend(cfg)
	}
	cfg.Freeze()
	return &Parser{cfg: cfg}
}

// Config returns the Parser's frozen configuration, for inspection.
func (p *Parser) Config() *article.Config { return p.cfg }

// ParseOption describes one input to a parse call.
type ParseOption func(*article.Input)

// WithURL gives the address the input was fetched from.
func WithURL(u string) ParseOption { return func(in *article.Input) { in.URL = u } }

// WithCharset gives the character set declared by the transport, used only
// when the input is not valid UTF-8.
func WithCharset(cs string) ParseOption { return func(in *article.Input) { in.Charset = cs } }

func input(opts []ParseOption) article.Input {
	var in article.Input
	for _, o := range opts {
		o(&in)
	}
	return in
}

// Parse reads an article from r, deciding from its first bytes whether it
// is an HTML page or plain text.
func (p *Parser) Parse(ctx context.Context, r io.Reader, opts ...ParseOption) (*article.Article, error) {
	return article.Parse(ctx, p.cfg, r, input(opts))
}

// ParseHTML reads an article from the HTML page in r.
func (p *Parser) ParseHTML(ctx context.Context, r io.Reader, opts ...ParseOption) (*article.Article, error) {
	return article.ParseHTML(ctx, p.cfg, r, input(opts))
}

// ParseNode reads an article from an HTML page the caller has parsed. The
// tree is read, never changed: parts of a page streamed by React's server
// renderer are moved into place only when depeche parses the page itself
// (ParseHTML, Parse); a tree taken from a browser has them in place.
func (p *Parser) ParseNode(ctx context.Context, n *html.Node, opts ...ParseOption) (*article.Article, error) {
	return article.ParseNode(ctx, p.cfg, n, input(opts))
}

// ParseText reads an article from plain text, as copied from a page.
func (p *Parser) ParseText(ctx context.Context, r io.Reader, opts ...ParseOption) (*article.Article, error) {
	return article.ParseText(ctx, p.cfg, r, input(opts))
}
