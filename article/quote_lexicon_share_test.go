package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLexiconSharedByOtherLanguages checks that the pages of every
// language the Config lacks share one lexicon, that of all its languages,
// instead of building the same lexicon again for each of their tags, and
// that a language of the Config keeps its own.
func TestLexiconSharedByOtherLanguages(t *testing.T) {
	cfg := quoteTestConfig()
	all := lexiconFor(cfg, "de")
	assert.Same(t, all, lexiconFor(cfg, "it-IT"))
	assert.Same(t, all, lexiconFor(cfg, ""))
	assert.Same(t, lexiconFor(cfg, "fr"), lexiconFor(cfg, "FR-ca"))
	assert.NotSame(t, all, lexiconFor(cfg, "fr"))
	assert.NotSame(t, lexiconFor(cfg, "en"), lexiconFor(cfg, "fr"))
	assert.Contains(t, all.verbs, "said")
	assert.Contains(t, all.verbs, "déclare")
}
