package depeche_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/depeche-go/depeche"
	"github.com/depeche-go/depeche/article"
	"github.com/depeche-go/depeche/entities"
	"github.com/stretchr/testify/require"
)

// defaultExtensions lists depeche.Defaults() by hand, so that the
// parser without quotes differs from the default one by Quotes alone.
var defaultExtensions = []article.Extender{article.French, article.English, article.Tweets, article.Embeds,
	article.Summaries, article.LanguageDetection, entities.Entities}

// quoteCostParsers returns a Parser with the extensions base and
// article.Quotes, and one with base alone: the ratio of their times is
// the cost of quote extraction (target: at most 1.20).
func quoteCostParsers(base []article.Extender) (with, without *depeche.Parser) {
	all := append(append([]article.Extender{}, base...), article.Quotes)
	with = depeche.New(depeche.WithoutDefaults(), depeche.WithExtensions(all...))
	without = depeche.New(depeche.WithoutDefaults(), depeche.WithExtensions(base...))
	return with, without
}

// withoutEntities is defaultExtensions minus entities.Entities: the
// cheapest parse quote extraction may be compared with.
var withoutEntities = defaultExtensions[:len(defaultExtensions)-1]

// TestQuoteCostParsers checks that the hand-made list still matches the
// defaults, and that the two parsers differ by quotes alone.
func TestQuoteCostParsers(t *testing.T) {
	require.Len(t, depeche.Defaults(), len(defaultExtensions)+1)
	src, err := os.ReadFile(filepath.Join("testdata", "mistral-large-fr.txt"))
	require.NoError(t, err)
	with, without := quoteCostParsers(defaultExtensions)
	a, err := with.ParseText(context.Background(), bytes.NewReader(src))
	require.NoError(t, err)
	b, err := without.ParseText(context.Background(), bytes.NewReader(src))
	require.NoError(t, err)
	require.Len(t, a.Quotes, 4)
	require.Empty(t, b.Quotes)
	a.Quotes = nil
	require.Equal(t, a, b)
}

// benchmarkQuoteCost runs parse on every input with and without quote
// extraction on top of the extensions base, in sub-benchmarks "quotes"
// and "noquotes", after one warm-up parse each (the entities model loads
// on first use).
func benchmarkQuoteCost(b *testing.B, base []article.Extender, inputs [][]byte, parse func(*depeche.Parser, []byte) error) {
	with, without := quoteCostParsers(base)
	size := 0
	for _, in := range inputs {
		size += len(in)
		for _, p := range []*depeche.Parser{with, without} {
			if err := parse(p, in); err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, c := range []struct {
		name string
		p    *depeche.Parser
	}{{"quotes", with}, {"noquotes", without}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, in := range inputs {
					if err := parse(c.p, in); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// seedInputs returns the seed article.
func seedInputs(b *testing.B) [][]byte {
	src, err := os.ReadFile(filepath.Join("testdata", "mistral-large-fr.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return [][]byte{src}
}

// htmlInputs returns the team's HTML pages of testdata.
func htmlInputs(b *testing.B) [][]byte {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(paths) == 0 {
		b.Fatal("no HTML pages in testdata", err)
	}
	var pages [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, src)
	}
	return pages
}

func parseText(p *depeche.Parser, in []byte) error {
	_, err := p.ParseText(context.Background(), bytes.NewReader(in))
	return err
}

func parseHTML(p *depeche.Parser, in []byte) error {
	_, err := p.ParseHTML(context.Background(), bytes.NewReader(in))
	return err
}

// BenchmarkParseSeed parses the seed article (plain text) with the
// default extensions, with and without quote extraction.
func BenchmarkParseSeed(b *testing.B) {
	benchmarkQuoteCost(b, defaultExtensions, seedInputs(b), parseText)
}

// BenchmarkParseSeedHTML parses the team's HTML pages of testdata, all of
// them per iteration, with the default extensions, with and without
// quote extraction.
func BenchmarkParseSeedHTML(b *testing.B) {
	benchmarkQuoteCost(b, defaultExtensions, htmlInputs(b), parseHTML)
}

// BenchmarkParseSeedNoEntities is BenchmarkParseSeed without the
// entities extension, whose tagger takes most of a default parse: the
// strictest measure of what quotes add.
func BenchmarkParseSeedNoEntities(b *testing.B) {
	benchmarkQuoteCost(b, withoutEntities, seedInputs(b), parseText)
}

// BenchmarkParseSeedHTMLNoEntities is BenchmarkParseSeedHTML without the
// entities extension.
func BenchmarkParseSeedHTMLNoEntities(b *testing.B) {
	benchmarkQuoteCost(b, withoutEntities, htmlInputs(b), parseHTML)
}
