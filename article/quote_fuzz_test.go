package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzQuotes runs the quote extractor on arbitrary paragraphs, seeded from
// the seed article and the evaluation set: it must not panic, and every
// quote must lie inside the text, on valid UTF-8, and be the text at its
// offsets.
func FuzzQuotes(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("..", "testdata", "mistral-large-fr.txt")); err == nil {
		f.Add(string(b), "fr")
	}
	for _, lang := range []string{"fr", "en"} {
		for _, c := range readQuoteCases(f, filepath.Join("..", "testdata", "quotes", lang+".txt"), lang) {
			f.Add(strings.Join(c.paras, "\n"), lang)
		}
	}
	cfg := quoteTestConfig()
	f.Fuzz(func(t *testing.T, text, lang string) {
		c := quoteCase{lang: lang}
		for _, p := range strings.Split(text, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				c.paras = append(c.paras, p)
			}
		}
		a := c.article()
		for _, q := range FindQuotes(cfg, a) {
			if q.Start < 0 || q.End > len(a.Text) || q.Start >= q.End {
				t.Fatalf("offsets %d:%d outside %d bytes", q.Start, q.End, len(a.Text))
			}
			if a.Text[q.Start:q.End] != q.Text {
				t.Fatalf("text %q at %d:%d is %q", q.Text, q.Start, q.End, a.Text[q.Start:q.End])
			}
			if utf8.ValidString(a.Text) && !utf8.ValidString(q.Text) {
				t.Fatalf("invalid UTF-8 in %q", q.Text)
			}
		}
	})
}
