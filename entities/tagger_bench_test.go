package entities

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/depeche-go/depeche/article"
	"github.com/depeche-go/depeche/internal/cputime"
)

// seedSentences returns the tokenized lines of the seed article and their
// number of tokens.
func seedSentences(b *testing.B) ([][]string, int) {
	data, err := os.ReadFile("../testdata/mistral-large-fr.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		if w := TokenizeWords(line); len(w) > 0 {
			sents, n = append(sents, w), n+len(w)
		}
	}
	return sents, n
}

// BenchmarkTag measures the tagger on the seed article, sentence by
// sentence; tokens/s is reported. From the second pass on, every word is
// in the word cache: BenchmarkTagCold measures the first pass.
func BenchmarkTag(b *testing.B) { benchmarkTag(b, false) }

// BenchmarkTagCold measures the tagger on the seed article with an empty
// word cache, as the first article a goroutine tags.
func BenchmarkTagCold(b *testing.B) { benchmarkTag(b, true) }

// benchmarkTag tags the seed article sentence by sentence on every pass,
// with a new word cache each pass when cold.
func benchmarkTag(b *testing.B, cold bool) {
	sents, n := seedSentences(b)
	tg, err := NewTagger(nil)
	if err != nil {
		b.Fatal(err)
	}
	st := &tagState{cache: newWordCache()}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if cold {
			st = &tagState{cache: newWordCache()}
		}
		for _, s := range sents {
			tg.tag(st, s)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures loading the gazetteer and the model; cpu-ms/op
// is the CPU time of one load (steadier than the wall on a busy machine;
// it includes the garbage collector's share).
func BenchmarkLoad(b *testing.B) {
	start := cputime.Used()
	for b.Loop() {
		if _, err := loadDefaultGazetteer(); err != nil {
			b.Fatal(err)
		}
		if _, err := parseModel(defaultModelFile); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cputime.Used()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// BenchmarkRecognize measures the whole recognizer (tokenizing, tagging,
// merging) on the text of the seed article; tokens/s is reported.
func BenchmarkRecognize(b *testing.B) {
	data, err := os.ReadFile("../testdata/mistral-large-fr.txt")
	if err != nil {
		b.Fatal(err)
	}
	a := &article.Article{Text: string(data)}
	r := New()
	if _, err := r.Recognize(a); err != nil {
		b.Fatal(err)
	}
	n := len(Tokenize(a.Text))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := r.Recognize(a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
