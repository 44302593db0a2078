package entities

import (
	"fmt"
	"io"
	"sync"

	"github.com/depeche-go/depeche/article"
)

// Priority is the transformer priority of the entities extension: after
// the text and the language (300), before the quotes (600), which use
// Article.Entities.
const Priority = 500

// Entities is the default recognizer, with the embedded model.
var Entities = New()

// Option configures a Recognizer.
type Option func(*Recognizer)

// WithModel makes the Recognizer use the model read from r (a file written
// by Model.WriteTo, e.g. by examples/entities-train) instead of the
// embedded one. A model that cannot be read makes every Transform fail
// with the error.
func WithModel(r io.Reader) Option {
	return func(rc *Recognizer) {
		m, err := ReadModel(r)
		rc.model, rc.err = m, err
	}
}

// WithTagModel makes the Recognizer use m.
func WithTagModel(m *Model) Option { return func(rc *Recognizer) { rc.model = m } }

// Recognizer finds the named entities of an article: people,
// organisations, places and other names, each once under its fullest name
// with its aliases and mentions. It is an article.Extender that adds a
// Transformer at Priority. A Recognizer is safe for concurrent use; its
// model and gazetteers are loaded on first use.
type Recognizer struct {
	model  *Model
	err    error
	tagger func() (*Tagger, error)
}

// New returns a Recognizer configured by opts.
func New(opts ...Option) *Recognizer {
	r := &Recognizer{}
	for _, o := range opts {
		o(r)
	}
	r.tagger = sync.OnceValues(func() (*Tagger, error) {
		if r.err != nil {
			return nil, r.err
		}
		return NewTagger(r.model)
	})
	return r
}

// Extend registers the recognizer as a transformer.
func (r *Recognizer) Extend(c *article.Config) { c.AddTransformer(r, Priority) }

// Transform fills a.Entities from a.Text and a.Embeds.
func (r *Recognizer) Transform(_ *article.Context, a *article.Article) error {
	ents, err := r.Recognize(a)
	if err != nil {
		return err
	}
	a.Entities = ents
	return nil
}

// Recognize returns the entities of a: those named in a.Text, with the
// handles of a.Embeds linked to them, and the authors of embedded posts.
// When a.Language is one the model was not trained on (it was on French
// and English), only the names that are sure on other evidence are kept
// (see Tagger.sure).
func (r *Recognizer) Recognize(a *article.Article) ([]article.Entity, error) {
	t, err := r.tagger()
	if err != nil {
		return nil, fmt.Errorf("entities: loading the model: %w", err)
	}
	buf := t.tokens.get(len(a.Text))
	defer t.tokens.put(buf)
	toks := appendTokens((*buf)[:0], a.Text)
	*buf = toks
	ms := addRepeats(a.Text, toks, t.mentions(a.Text, toks))
	lang := primaryLanguage(a.Language)
	if trainedFor(lang) {
		t.surnameTypes(ms)
	}
	groups := mergeMentionsWith(a.Text, ms, t.nameFacts)
	groups = linkEmbeds(t, a, toks, groups)
	if !trainedFor(lang) {
		groups = t.keepSure(groups, lang)
	}
	return toEntities(groups), nil
}
