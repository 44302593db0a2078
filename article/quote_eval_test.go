package article

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// quoteCase is one case of testdata/quotes: paragraphs and the quotes
// expected from them.
type quoteCase struct {
	id       string
	lang     string
	paras    []string
	want     []Quote
	heldOut  bool
	fileLine int
}

// readQuoteCases reads a case file of testdata/quotes (format in its
// README.md).
func readQuoteCases(t testing.TB, path, lang string) []quoteCase {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var cases []quoteCase
	var cur *quoteCase
	inWant := false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \t\r")
		switch {
		case strings.HasPrefix(line, "=== "):
			cases = append(cases, quoteCase{id: strings.TrimSpace(line[4:]), lang: lang, fileLine: n})
			cur, inWant = &cases[len(cases)-1], false
			cur.heldOut = heldOutCase(cur.id)
		case cur == nil || line == "" || strings.HasPrefix(line, "#") && (inWant || len(cur.paras) == 0):
		case line == "---":
			inWant = true
		case inWant:
			cur.want = append(cur.want, parseWantedQuote(t, line))
		default:
			cur.paras = append(cur.paras, line)
		}
	}
	require.NoError(t, sc.Err())
	return cases
}

// heldOutCase reports whether a case is in the held-out part: its number
// ends in 3, 6 or 9.
func heldOutCase(id string) bool {
	n, err := strconv.Atoi(id[strings.LastIndexByte(id, '-')+1:])
	return err == nil && (n%10 == 3 || n%10 == 6 || n%10 == 9)
}

func parseWantedQuote(t testing.TB, line string) Quote {
	f := strings.Split(line, "|")
	require.Len(t, f, 4, "bad expected quote %q", line)
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return Quote{Text: f[0], Speaker: f[1], Cue: f[2], Kind: QuoteKind(f[3])}
}

// article builds the article of a case: one paragraph block per line.
func (c quoteCase) article() *Article {
	a := &Article{Language: c.lang}
	sec := Section{}
	for _, p := range c.paras {
		sec.Blocks = append(sec.Blocks, Block{Kind: BlockParagraph, Text: p})
	}
	a.Sections = []Section{sec}
	a.Text = buildText(a)
	return a
}

// quoteScore counts matches between expected and found quotes.
type quoteScore struct {
	want, got, matched, speaker, cue, kind int
}

func (s *quoteScore) add(want, got []Quote) (misses []string) {
	s.want += len(want)
	s.got += len(got)
	used := make([]bool, len(got))
	for _, w := range want {
		j := findQuote(got, used, w.Text)
		if j < 0 {
			misses = append(misses, fmt.Sprintf("missed %q", w.Text))
			continue
		}
		used[j] = true
		s.matched++
		g := got[j]
		s.speaker += b2i(g.Speaker == w.Speaker)
		s.cue += b2i(normCue(g.Cue) == normCue(w.Cue))
		s.kind += b2i(g.Kind == w.Kind)
		if g.Speaker != w.Speaker || normCue(g.Cue) != normCue(w.Cue) || g.Kind != w.Kind {
			misses = append(misses, fmt.Sprintf("%q: speaker %q/%q cue %q/%q kind %s/%s", w.Text,
				g.Speaker, w.Speaker, g.Cue, w.Cue, g.Kind, w.Kind))
		}
	}
	for j, g := range got {
		if !used[j] {
			misses = append(misses, fmt.Sprintf("extra %q", g.Text))
		}
	}
	return misses
}

func findQuote(got []Quote, used []bool, text string) int {
	for j, g := range got {
		if !used[j] && g.Text == text {
			return j
		}
	}
	return -1
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func normCue(s string) string { return strings.ReplaceAll(strings.ToLower(s), "’", "'") }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s quoteScore) String() string {
	return fmt.Sprintf("quotes=%d found=%d precision=%.3f recall=%.3f speaker_accuracy=%.3f cue_accuracy=%.3f kind_accuracy=%.3f",
		s.want, s.got, ratio(s.matched, s.got), ratio(s.matched, s.want), ratio(s.speaker, s.matched),
		ratio(s.cue, s.matched), ratio(s.kind, s.matched))
}

func quoteTestConfig() *Config {
	cfg := NewConfig()
	Extenders{French, English, Quotes}.Extend(cfg)
	cfg.Freeze()
	return cfg
}

// TestQuoteEvaluation scores the quote extractor on testdata/quotes and
// prints its scores for all cases, the development part and the held-out
// part; -v lists every miss.
func TestQuoteEvaluation(t *testing.T) {
	cfg := quoteTestConfig()
	var all, dev, held quoteScore
	cases := 0
	for _, lang := range []string{"fr", "en"} {
		for _, c := range readQuoteCases(t, filepath.Join("..", "testdata", "quotes", lang+".txt"), lang) {
			cases++
			a := c.article()
			got := FindQuotes(cfg, a)
			for _, q := range got {
				require.Equal(t, q.Text, a.Text[q.Start:q.End], c.id)
			}
			part := &dev
			if c.heldOut {
				part = &held
			}
			part.add(c.want, got)
			for _, m := range all.add(c.want, got) {
				if !c.heldOut || os.Getenv("QUOTES_SHOW_HELDOUT") != "" {
					t.Logf("%s: %s", c.id, m)
				}
			}
		}
	}
	fmt.Printf("cases=%d\nall:      %s\ndev:      %s\nheld-out: %s\n", cases, all, dev, held)
	require.GreaterOrEqual(t, cases, 150)
}
