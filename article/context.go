package article

import (
	"context"
	"sync/atomic"

	"golang.org/x/net/html"
)

// Input describes where an input comes from; every field is optional.
type Input struct {
	// URL is the address the page was fetched from; it fills Article.URL
	// when the page names no canonical URL, and resolves relative links.
	URL string
	// Charset is the character set the transport declared (for example
	// from an HTTP Content-Type header). It is used only when the input is
	// not valid UTF-8.
	Charset string
}

// ContextKey is a typed key for an extractor's own per-parse state, kept
// in a Context. Make one with NewContextKey, once, at package level.
type ContextKey[T any] struct {
	id   int64
	name string
}

var lastContextKey atomic.Int64

// NewContextKey returns a new key; name is for debugging only.
func NewContextKey[T any](name string) ContextKey[T] {
	return ContextKey[T]{id: lastContextKey.Add(1), name: name}
}

// Name returns the name the key was made with.
func (k ContextKey[T]) Name() string { return k.name }

// Get returns the value stored under k in c, and whether there was one.
func (k ContextKey[T]) Get(c *Context) (T, bool) {
	v, ok := c.values[k.id].(T)
	return v, ok
}

// Set stores v under k in c.
func (k ContextKey[T]) Set(c *Context, v T) {
	if c.values == nil {
		c.values = make(map[int64]any)
	}
	c.values[k.id] = v
}

// Context is the state of one parse. Extractors read the input and the
// article built so far through it, and keep their own state in it under a
// ContextKey. A Context belongs to one goroutine and lives for one parse.
type Context struct {
	ctx     context.Context
	cfg     *Config
	input   Input
	doc     *html.Node
	article *Article
	blocks  []Block
	values  map[int64]any
}

func newContext(ctx context.Context, cfg *Config, in Input) *Context {
	return &Context{ctx: ctx, cfg: cfg, input: in, article: &Article{}}
}

// Context returns the context.Context the parse was started with.
func (c *Context) Context() context.Context { return c.ctx }

// Err returns the error of the parse's context.Context, if it is done.
func (c *Context) Err() error { return c.ctx.Err() }

// Config returns the frozen Config the parse runs with.
func (c *Context) Config() *Config { return c.cfg }

// Input returns what the caller said of the input.
func (c *Context) Input() Input { return c.input }

// pageURL returns the address the page's links resolve against: the
// caller's, else the canonical URL read from the page.
func (c *Context) pageURL() string { return firstNonEmpty(c.input.URL, c.article.URL) }

// Document returns the parsed HTML page, or nil for plain-text input.
func (c *Context) Document() *html.Node { return c.doc }

// Article returns the article being built.
func (c *Context) Article() *Article { return c.article }

// Blocks returns the body blocks found so far in the structure phase.
func (c *Context) Blocks() []Block { return c.blocks }

// AddBlock appends b to the body. It is meant for the structure phase;
// blocks become Article.Sections when that phase ends.
func (c *Context) AddBlock(b Block) {
	if max := c.cfg.Limits.MaxBlockBytes; max > 0 {
		b.Text = cutText(b.Text, max)
	}
	c.blocks = append(c.blocks, b)
}

// AddEmbed appends e to Article.Embeds and an embed block pointing at it to
// the body, and returns e's index. The same post again right after itself
// is merged into the first (see repeatedEmbed).
func (c *Context) AddEmbed(e Embed) int {
	if i, ok := c.repeatedEmbed(e); ok {
		mergeEmbed(&c.article.Embeds[i], e)
		return i
	}
	i := len(c.article.Embeds)
	c.article.Embeds = append(c.article.Embeds, e)
	c.AddBlock(Block{Kind: BlockEmbed, Embed: &i})
	return i
}
