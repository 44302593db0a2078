package article_test

import (
	"testing"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
)

// BenchmarkFindQuotes runs the quote extractor alone on the parsed seed,
// with the entities the default parser found and without them (speakers
// named from the text's own capitalised words).
func BenchmarkFindQuotes(b *testing.B) {
	p := depeche.New()
	a := parseSeed(b, p)
	bare := *a
	bare.Entities = nil
	for _, c := range []struct {
		name string
		a    *article.Article
	}{{"entities", a}, {"text", &bare}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.a.Text)))
			b.ReportAllocs()
			for b.Loop() {
				article.FindQuotes(p.Config(), c.a)
			}
		})
	}
}
