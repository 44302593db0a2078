package entities_test

import (
	"context"
	"os"
	"testing"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kindsOf maps each entity name and alias to its kind.
func kindsOf(ents []article.Entity) map[string]article.EntityKind {
	out := map[string]article.EntityKind{}
	for _, e := range ents {
		out[e.Name] = e.Kind
		for _, a := range e.Aliases {
			out[a] = e.Kind
		}
	}
	return out
}

// TestSeed checks the entities of the seed article, parsed with the
// default extensions.
func TestSeed(t *testing.T) {
	f, err := os.Open("../testdata/mistral-large-fr.txt")
	require.NoError(t, err)
	defer f.Close()
	a, err := depeche.New().ParseText(context.Background(), f)
	require.NoError(t, err)
	got := kindsOf(a.Entities)
	want := map[string]article.EntityKind{
		"Satya Nadella": article.EntityPerson, "Arthur Mensch": article.EntityPerson,
		"Emmanuel Macron": article.EntityPerson, "Ursula von der Leyen": article.EntityPerson,
		"Mistral AI": article.EntityOrganization, "Microsoft": article.EntityOrganization,
		"Meta": article.EntityOrganization, "Google": article.EntityOrganization,
		"Aleph Alpha": article.EntityOrganization, "Commission européenne": article.EntityOrganization,
		"France": article.EntityLocation, "Europe": article.EntityLocation, "États-Unis": article.EntityLocation,
	}
	for name, kind := range want {
		assert.Equal(t, kind, got[name], name)
	}
	for _, name := range []string{"Mistral Large", "Azure AI", "ChatGPT", "OpenAI"} {
		_, ok := got[name]
		if name == "OpenAI" {
			_, ok = got["Open AI"]
		}
		assert.True(t, ok, "%s not found", name)
	}
	for _, junk := range []string{"Cette", "Malgré", "Dans", "IA", "PDG", "Tl;dr", "Tl", "AI", "CEO"} {
		assert.NotContains(t, got, junk)
	}
	assert.Contains(t, got, "@MistralAI")
	assert.Equal(t, article.EntityOrganization, got["@MistralAI"])
	assert.Equal(t, article.EntityPerson, got["@satyanadella"])
	checkOffsets(t, a)
}

// checkOffsets checks that every mention points at its text.
func checkOffsets(t *testing.T, a *article.Article) {
	t.Helper()
	for _, e := range a.Entities {
		require.NotNil(t, e.Mentions, e.Name)
		for _, m := range e.Mentions {
			assert.Equal(t, m.Text, a.Text[m.Start:m.End], e.Name)
		}
	}
}
