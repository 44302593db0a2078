package article

import (
	"cmp"
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The phases of a parse, in order:
//
//  1. Decoding: the input bytes become NFC-normalised UTF-8.
//  2. Structure: an HTML page is walked from its main-content element; each
//     element is offered to the NodeExtractors whose Trigger names it, by
//     priority, before the built-in walker turns it into Blocks. A plain-text
//     input is read line by line; each line is offered to the
//     LineExtractors, by priority, before the built-in reader makes it a
//     paragraph, a heading or a list.
//  3. Transformation: the Transformers see the whole Article, by priority
//     (metadata, title and standfirst, summary, text, language, entities,
//     quotes). See DefaultPriorities in the README of each package for the
//     numbers the built-in extractors use.
//
// Lower priorities run first. Extractors with equal priorities run in the
// order they were added.

// Prioritized is a value with the priority it runs at. Lower runs first.
type Prioritized[T any] struct {
	Value    T
	Priority int
}

// Prioritize pairs v with priority p.
func Prioritize[T any](v T, p int) Prioritized[T] { return Prioritized[T]{Value: v, Priority: p} }

// sortPrioritized orders s by priority, keeping insertion order for ties.
func sortPrioritized[T any](s []Prioritized[T]) {
	slices.SortStableFunc(s, func(a, b Prioritized[T]) int { return cmp.Compare(a.Priority, b.Priority) })
}

// NodeExtractor claims HTML elements of the article body during the
// structure phase. Trigger lists the elements it wants to see; Extract
// returns true when it has handled n (adding blocks, embeds or data through
// the Context), in which case n's subtree is not walked further.
type NodeExtractor interface {
	Trigger() []atom.Atom
	Extract(c *Context, n *html.Node) bool
}

// LineExtractor claims lines of a plain-text input during the structure
// phase. Extract is offered the lines left to read, lines[0] being the
// current one, and returns how many it consumed (0 when it does not claim
// lines[0]).
type LineExtractor interface {
	Extract(c *Context, lines []string) int
}

// Transformer works on the whole Article in the transformation phase.
type Transformer interface {
	Transform(c *Context, a *Article) error
}

// TransformerFunc adapts a function to the Transformer interface.
type TransformerFunc func(c *Context, a *Article) error

// Transform calls f(c, a).
func (f TransformerFunc) Transform(c *Context, a *Article) error { return f(c, a) }

// Extender adds extractors, transformers and languages to a Config. Every
// extension, built-in or a user's, is an Extender.
type Extender interface {
	Extend(c *Config)
}

// ExtenderFunc adapts a function to the Extender interface.
type ExtenderFunc func(c *Config)

// Extend calls f(c).
func (f ExtenderFunc) Extend(c *Config) { f(c) }

// Extenders bundles several Extenders into one, applied in order.
type Extenders []Extender

// Extend applies each extender in turn.
func (e Extenders) Extend(c *Config) {
	for _, x := range e {
		x.Extend(c)
	}
}

// Config is what extensions build: the extractors and transformers of each
// phase, the languages known, and the limits. A Config is filled before
// parsing starts and never changed after; see Freeze.
type Config struct {
	Limits Limits

	nodeExtractors []Prioritized[NodeExtractor]
	lineExtractors []Prioritized[LineExtractor]
	transformers   []Prioritized[Transformer]
	languages      []*Language
	byAtom         map[atom.Atom][]NodeExtractor
	summaryKeys    map[string]bool
	dateLabelWords map[string]bool // see dateLabelWords, filled by Freeze
	bylineStarts   *explicitStarts // see explicitStarts, filled by Freeze
	frozen         bool
}

// NewConfig returns an empty Config with the default limits.
func NewConfig() *Config { return &Config{Limits: DefaultLimits()} }

// AddNodeExtractor registers e for the structure phase of HTML input.
func (c *Config) AddNodeExtractor(e NodeExtractor, priority int) {
	c.mustNotBeFrozen()
	c.nodeExtractors = append(c.nodeExtractors, Prioritize(e, priority))
}

// AddLineExtractor registers e for the structure phase of plain-text input.
func (c *Config) AddLineExtractor(e LineExtractor, priority int) {
	c.mustNotBeFrozen()
	c.lineExtractors = append(c.lineExtractors, Prioritize(e, priority))
}

// AddTransformer registers t for the transformation phase.
func (c *Config) AddTransformer(t Transformer, priority int) {
	c.mustNotBeFrozen()
	c.transformers = append(c.transformers, Prioritize(t, priority))
}

// AddLanguage makes l known to the extractors that use language data. A
// later language with the same Tag replaces the earlier one.
func (c *Config) AddLanguage(l *Language) {
	c.mustNotBeFrozen()
	for i, old := range c.languages {
		if old.Tag == l.Tag {
			c.languages[i] = l
			return
		}
	}
	c.languages = append(c.languages, l)
}

// Languages returns the languages added to c, in the order they were added.
func (c *Config) Languages() []*Language { return c.languages }

// Language returns the language with the given tag, or nil.
func (c *Config) Language(tag string) *Language {
	for _, l := range c.languages {
		if l.Tag == tag {
			return l
		}
	}
	return nil
}

// Freeze sorts the extractors by priority and makes c read-only; adding to
// a frozen Config panics, since that is a programming error. A frozen
// Config is safe for concurrent use.
func (c *Config) Freeze() {
	if c.frozen {
		return
	}
	sortPrioritized(c.nodeExtractors)
	sortPrioritized(c.lineExtractors)
	sortPrioritized(c.transformers)
	c.byAtom = make(map[atom.Atom][]NodeExtractor)
	for _, p := range c.nodeExtractors {
		for _, a := range p.Value.Trigger() {
			c.byAtom[a] = append(c.byAtom[a], p.Value)
		}
	}
	c.summaryKeys = make(map[string]bool)
	for _, l := range c.languages {
		for _, lab := range l.SummaryLabels {
			c.summaryKeys[labelKey(lab)] = true
		}
	}
	c.dateLabelWords = dateLabelWords(c.languages)
	c.bylineStarts = bylineReader{langs: c.languages}.explicitStarts()
	c.frozen = true
}

func (c *Config) mustNotBeFrozen() {
	if c.frozen {
		panic("article: Config changed after Freeze")
	}
}

// nodeExtractorsFor returns the extractors triggered by elements of kind a.
func (c *Config) nodeExtractorsFor(a atom.Atom) []NodeExtractor { return c.byAtom[a] }
