package article

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRepairMojibake(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"dashes read as windows-1252",
			"Python 3 â€” le module itertools â€” outils", "Python 3 — le module itertools — outils"},
		{"dashes and quotes read as latin-1",
			"itertools â\u0080\u0094 Functions, an â\u0080\u009citerator algebraâ\u0080\u009d",
			"itertools — Functions, an “iterator algebra”"},
		{"french accents",
			"L'Ã©tÃ© Ã\u00a0 Paris, Ã§a change", "L'été à Paris, ça change"},
		{"no-break spaces and guillemets",
			"Prix\u00a0: 5Â\u00a0â‚¬, Â«Â\u00a0offertÂ\u00a0Â»", "Prix\u00a0: 5\u00a0€, «\u00a0offert\u00a0»"},
		{"apostrophes", "It wonâ€™t compile, itâ€™s late", "It won’t compile, it’s late"},
		{"cyrillic", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "привет мир"},
		{"encoded twice over", "donÃ¢â‚¬â„¢t and canÃ¢â‚¬â„¢t", "don’t and can’t"},
		{"real latin-1 text kept beside mojibake",
			"Ã©tÃ© â€” CAFÉ\u00a0! «\u00a0À\u00a0» „Österreich“ ¿Qué? ¡Olé!",
			"été — CAFÉ\u00a0! «\u00a0À\u00a0» „Österreich“ ¿Qué? ¡Olé!"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, repairMojibake(tc.in))
		})
	}
}

func TestRepairMojibakeLeavesRealText(t *testing.T) {
	cases := []struct{ name, in string }{
		{"french before no-break spaces", "CAFÉ\u00a0! «\u00a0À\u00a0bientôt\u00a0» ÇA\u00a0VA, DÉJÀ\u00a0»"},
		{"spanish", "¿Qué tal? ¡Olé! Año, niño, Ángel"},
		{"german", "„Österreich“ und „Übermut“, Größe"},
		{"portuguese capitals", "NÃO, SÃO PAULO, Â«"},
		{"one pair alone", "Le prix â€” unique"},
		{"ascii", "plain text, nothing to do"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.in, repairMojibake(tc.in))
		})
	}
}

func TestMojibakeRepairedThroughParse(t *testing.T) {
	page := "<html><head><meta charset=\"utf-8\"><title>itertools â\u0080\u0094 Iterators for looping</title></head><body><article>" +
		"<h1>itertools â\u0080\u0094 Iterators for looping</h1>" +
		"<p>Together, they form an â\u0080\u009citerator algebraâ\u0080\u009d making it possible to construct specialized tools succinctly and efficiently in pure Python.</p>" +
		"<p>The module standardizes a core set of fast, memory efficient tools that are useful by themselves or in combination; itâ\u0080\u0099s all lazy.</p>" +
		"</article></body></html>"
	a, err := ParseHTML(context.Background(), htmlTestConfig(), strings.NewReader(page), Input{})
	require.NoError(t, err)
	assert.Equal(t, "itertools — Iterators for looping", a.Title)
	assert.Contains(t, a.Text, "form an “iterator algebra” making it possible")
	assert.Contains(t, a.Text, "it’s all lazy")
}

// BenchmarkRepairMojibakeClean measures what the repair costs a clean page:
// the byte scan of the gate over the testdata pages, French ones with many
// accented letters.
func BenchmarkRepairMojibakeClean(b *testing.B) {
	files, err := filepath.Glob("../testdata/*.html")
	if err != nil || len(files) == 0 {
		b.Skip("no HTML pages in testdata")
	}
	var pages []string
	size := 0
	for _, f := range files {
		p, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, decodeCharset(string(p), "", true))
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if repairMojibake(p) != p {
				b.Fatal("clean page changed")
			}
		}
	}
}
