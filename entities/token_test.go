package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"l'Union européenne et l’UE", []string{"l'", "Union", "européenne", "et", "l’", "UE"}},
		{"d'Arthur Mensch, qu'il", []string{"d'", "Arthur", "Mensch", ",", "qu'", "il"}},
		{"aujourd'hui O'Brien", []string{"aujourd'hui", "O'Brien"}},
		{"Jean-Luc Mélenchon aux États-Unis.", []string{"Jean-Luc", "Mélenchon", "aux", "États-Unis", "."}},
		{"M. Macron et Mme Borne", []string{"M.", "Macron", "et", "Mme", "Borne"}},
		{"Apple Inc. and the U.S. market", []string{"Apple", "Inc.", "and", "the", "U.S.", "market"}},
		{"the UK's AT&T", []string{"the", "UK", "'s", "AT&T"}},
		{"3,500 et 4.1 %", []string{"3,500", "et", "4.1", "%"}},
		{"@MistralAI #IA https://t.co/x.", []string{"@MistralAI", "#IA", "https://t.co/x", "."}},
		{"« Mistral Large »", []string{"«", "Mistral", "Large", "»"}},
		{"run by Post Office Ltd.", []string{"run", "by", "Post", "Office", "Ltd", "."}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, TokenizeWords(c.in), c.in)
	}
}

func TestTokenizeOffsets(t *testing.T) {
	s := "Selon l’Élysée, M. Macron ira à Bruxelles."
	for _, tk := range Tokenize(s) {
		assert.Equal(t, tk.Text, s[tk.Start:tk.End])
	}
}

func TestNormWordMatchesToLower(t *testing.T) {
	for _, w := range []string{"", "paris", "Paris", "ÉTATS-UNIS", "l’UE", "O'Brien", "İstanbul", "ΣΟΦΙΑ", "a\xffb", "Straße"} {
		want := strings.ReplaceAll(strings.ToLower(w), "’", "'")
		assert.Equal(t, want, normWord(w), w)
	}
}

func TestSpansOfMatchesSpans(t *testing.T) {
	for _, idx := range [][]int{{}, {0, 1, 2, 2, 0, 3}, {2, 2, 4, 4, 5, 6, 7, 8, 8, 1}, {1, 1, 3, 4, 0, 7}} {
		tags := make([]string, len(idx))
		for i, k := range idx {
			tags[i] = labels[k]
		}
		assert.Equal(t, Spans(tags), spansOf(idx), tags)
	}
}
