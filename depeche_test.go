package depeche_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenInputs returns the inputs in testdata that have, or should have,
// a golden JSON file beside them.
func goldenInputs(t testing.TB) []string {
	var files []string
	for _, pat := range []string{"*.txt", "*.html"} {
		m, err := filepath.Glob(filepath.Join("testdata", pat))
		require.NoError(t, err)
		files = append(files, m...)
	}
	return files
}

func goldenPath(input string) string {
	return strings.TrimSuffix(input, filepath.Ext(input)) + ".golden.json"
}

// TestGolden parses every input in testdata and compares the JSON with
// its golden file; -update rewrites the golden files.
func TestGolden(t *testing.T) {
	p := depeche.New()
	for _, in := range goldenInputs(t) {
		t.Run(filepath.Base(in), func(t *testing.T) {
			got := marshal(t, parseFile(t, p, in))
			if *update {
				require.NoError(t, os.WriteFile(goldenPath(in), got, 0o644))
				return
			}
			want, err := os.ReadFile(goldenPath(in))
			require.NoError(t, err, "no golden file: run go test -run TestGolden -update")
			assert.Equal(t, string(want), string(got))
		})
	}
}

func parseFile(t testing.TB, p *depeche.Parser, path string) *article.Article {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	a, err := p.Parse(context.Background(), f)
	require.NoError(t, err)
	return a
}

func marshal(t testing.TB, a *article.Article) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(a))
	return buf.Bytes()
}

// TestSeed checks, field by field, what the seed article must give.
func TestSeed(t *testing.T) {
	a := parseFile(t, depeche.New(), "testdata/mistral-large-fr.txt")
	assert.Equal(t, "Soutenu par Microsoft, le français Mistral lance une IA conversationnelle", a.Title)
	assert.True(t, strings.HasPrefix(a.Standfirst, "Moins d'un an après sa création"))
	assert.True(t, strings.HasSuffix(a.Standfirst, "Quelle sera la prochaine étape pour cette collaboration ?"))
	assert.Equal(t, "fr", a.Language)
	require.NotNil(t, a.Summary)
	assert.Equal(t, "Tl;dr", a.Summary.Label)
	assert.Equal(t, []string{
		"Mistral AI lance son nouveau modèle de langage « Mistral Large ».",
		"Partenariat annoncé avec Microsoft, disponible sur Azure AI.",
		"Mistral AI vise à être un champion européen de l’IA.",
		"Une dépendance culturelle forte envers les États-Unis en matière d’IA.",
	}, a.Summary.Points)
	var headings []string
	for _, s := range a.Sections {
		headings = append(headings, s.Heading)
	}
	assert.Equal(t, []string{
		"Une alternative européenne dans le domaine de l’IA",
		"Collaboration avec Microsoft",
		"Un regard européen sur l’intelligence artificielle",
		"Le soutien politique à l’IA",
	}, headings)
	require.Len(t, a.Embeds, 1)
	tw := a.Embeds[0]
	assert.Equal(t, article.EmbedTweet, tw.Kind)
	assert.Equal(t, "Satya Nadella", tw.Author)
	assert.Equal(t, "satyanadella", tw.Handle)
	require.NotNil(t, tw.Published)
	assert.Equal(t, "2024-02-26", tw.Published.String())
	assert.Equal(t, []string{"https://t.co/k1L7lfFeES"}, tw.Links)
	assert.Equal(t, []string{"MistralAI"}, tw.Mentions)
	seed, err := os.ReadFile("testdata/mistral-large-fr.txt")
	require.NoError(t, err)
	for _, line := range strings.Split(string(seed), "\n")[8:] {
		if len(line) > 80 && !strings.HasPrefix(line, "We're") {
			assert.Contains(t, a.Text, line, "a body paragraph is missing from text")
		}
	}
}

// FuzzParseText checks that no text makes the parser panic, and that
// what it returns is valid UTF-8 JSON that reads back to the same Article.
func FuzzParseText(f *testing.F) {
	for _, in := range goldenInputs(f) {
		b, err := os.ReadFile(in)
		require.NoError(f, err)
		f.Add(string(b))
	}
	f.Add("Titre\nTl;dr\n- a\n— X (@x) 1 mai 2024\n")
	p := depeche.New()
	f.Fuzz(func(t *testing.T, text string) {
		a, err := p.ParseText(context.Background(), strings.NewReader(text))
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}

// FuzzParseHTML checks the same of HTML pages.
func FuzzParseHTML(f *testing.F) {
	for _, in := range goldenInputs(f) {
		b, err := os.ReadFile(in)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte("<html><body><article><h1>T</h1><p>« Bonjour », a dit Marie Curie.</p></article></body></html>"))
	f.Add([]byte("<blockquote class=twitter-tweet><p>x</p>&mdash; A (@a) <a href=https://twitter.com/a/status/1>May 2, 2022</a></blockquote>"))
	f.Add([]byte(`<main><!--$?--><template id="B:0"></template><p>...</p><!--/$--><template id="P:1"></template></main>` +
		`<div hidden id="S:0"><p>Texte</p><template id="P:2"></template></div><div hidden id="S:1"><p>Suite</p></div>` +
		`<script>$RC("B:0","S:0");$RS("S:1","P:1");$RS("S:0","P:2")</script>`))
	f.Add([]byte(`<article><h1>T</h1><p>Un <a href="/a#b">lien</a> et <a href="x">un autre</a>.</p><table><tr><td rowspan=3 colspan=2>a</td><th>b</th></tr>` +
		`<tr><td>c<table><tr><td>d</td></tr></table></td></tr></table><figure><img srcset="a.jpg 2x, b.jpg 1x,,"><figcaption>Légende</figcaption></figure></article>`))
	p := depeche.New()
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := p.ParseHTML(context.Background(), bytes.NewReader(page))
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}

// checkArticle asserts what holds of every Article: valid UTF-8 JSON that
// round-trips, and quote and mention offsets that point at their words in
// Text.
func checkArticle(t *testing.T, a *article.Article) {
	for _, q := range a.Quotes {
		require.True(t, 0 <= q.Start && q.Start <= q.End && q.End <= len(a.Text), "quote offsets outside text")
		require.Equal(t, q.Text, a.Text[q.Start:q.End])
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			require.True(t, 0 <= m.Start && m.Start <= m.End && m.End <= len(a.Text), "mention offsets outside text")
			require.Equal(t, m.Text, a.Text[m.Start:m.End])
		}
	}
	b, err := json.Marshal(a)
	require.NoError(t, err)
	require.True(t, utf8.Valid(b), "output is not valid UTF-8")
	var back article.Article
	require.NoError(t, json.Unmarshal(b, &back))
	b2, err := json.Marshal(&back)
	require.NoError(t, err)
	require.JSONEq(t, string(b), string(b2))
}
