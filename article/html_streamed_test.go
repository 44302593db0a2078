package article

import (
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// streamedPage is a page rendered by React's streaming server: the
// headline is in place, the article comes later in hidden parts that
// scripts move into a boundary (its skeleton dropped) and a placeholder.
// calls orders the two script calls.
func streamedPage(rsFirst bool) string {
	first := "<p>" + strings.Join(bodyArticle[:2], "</p><p>") + "</p>"
	rest := "<p>" + strings.Join(bodyArticle[2:], "</p><p>") + "</p>"
	rc := `<script>$RC("B:0","S:0")</script>`
	rs := `<script>$RS("S:1","P:1")</script>`
	calls := rc + rs
	if rsFirst {
		calls = rs + rc
	}
	return `<html><head><title>Budget voté</title></head><body><nav><a href="/">Accueil</a></nav>` +
		`<main><h1>Budget voté</h1><!--$?--><template id="B:0"></template>` +
		`<div class="skeleton" aria-busy="true"><p>Chargement de l'article en cours, veuillez patienter un instant.</p></div><!--/$--></main>` +
		`<footer>Mentions légales</footer>` +
		`<div hidden id="S:0">` + first + `<template id="P:1"></template></div>` +
		`<div hidden id="S:1">` + rest + `</div>` + calls + `</body></html>`
}

func TestStreamedPartsAreRead(t *testing.T) {
	for _, rsFirst := range []bool{false, true} {
		a := parsePage(t, streamedPage(rsFirst))
		assert.NotContains(t, a.Text, "Chargement", "the skeleton is dropped")
		last := -1
		for _, p := range bodyArticle {
			i := strings.Index(a.Text, p)
			require.GreaterOrEqual(t, i, 0, "paragraph missing: %q", p)
			assert.Greater(t, i, last, "paragraphs in reading order")
			last = i
		}
	}
}

func TestStreamedMalformed(t *testing.T) {
	cases := []struct{ name, page, want string }{
		{"no closing comment: the part replaces the template",
			`<main><!--$?--><template id="B:0"></template><p>wait</p></main><div hidden id="S:0"><p>part</p></div><script>$RC("B:0","S:0")</script>`,
			`<main><!--$?--><p>part</p><p>wait</p></main><script>$RC("B:0","S:0")</script>`},
		{"unknown ids",
			`<main><template id="P:1"></template></main><div hidden id="S:2"><p>x</p></div><script>$RS("S:9","P:1");$RC("B:7","S:2")</script>`,
			`<main><template id="P:1"></template></main><div hidden="" id="S:2"><p>x</p></div><script>$RS("S:9","P:1");$RC("B:7","S:2")</script>`},
		{"a part not hidden is left alone",
			`<main><template id="P:1"></template></main><div id="S:1"><p>x</p></div><script>$RS("S:1","P:1")</script>`,
			`<main><template id="P:1"></template></main><div id="S:1"><p>x</p></div><script>$RS("S:1","P:1")</script>`},
		{"a part holding its own placeholder",
			`<main></main><div hidden id="S:1"><p>x</p><template id="P:1"></template></div><script>$RS("S:1","P:1")</script>`,
			`<main></main><div hidden="" id="S:1"><p>x</p><template id="P:1"></template></div><script>$RS("S:1","P:1")</script>`},
		{"cut calls and a call made twice",
			`<main><template id="P:1"></template></main><div hidden id="S:1"><p>x</p></div><script>$RS("S:1","P:1");$RS("S:1","P:1");$RS("S:1</script><script>$R</script>`,
			`<main><p>x</p></main><script>$RS("S:1","P:1");$RS("S:1","P:1");$RS("S:1</script><script>$R</script>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tc.page))
			require.NoError(t, err)
			resolveStreamed(doc, tc.page)
			var b strings.Builder
			require.NoError(t, html.Render(&b, doc))
			assert.Equal(t, "<html><head></head><body>"+tc.want+"</body></html>", b.String())
		})
	}
}

// FuzzResolveStreamed checks that moving streamed parts never panics,
// never loops, and leaves a tree that renders.
func FuzzResolveStreamed(f *testing.F) {
	f.Add(streamedPage(false))
	f.Add(streamedPage(true))
	f.Add(`<div hidden id="S:1"><template id="P:1"></template></div><script>$RS("S:1","P:1");$RC("B:1","S:1")</script>`)
	f.Add(`<!--$?--><template id="B:0"></template><!--$--><!--/$--><div hidden id="S:0"><!--/$--></div><script>$RC("B:0","S:0")</script>`)
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		resolveStreamed(doc, page)
		require.NoError(t, html.Render(io.Discard, doc))
	})
}
