package entities

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseBracket(t *testing.T) {
	cases := []struct {
		in         string
		tokens     string
		tags       string
		wantErrMsg string
	}{
		{"Le président [PER Emmanuel Macron] a reçu l'[ORG UE].", "Le président Emmanuel Macron a reçu l' UE .",
			"O O B-PER I-PER O O O B-ORG O", ""},
		{"[ORG Fed] Chair [PER Jerome Powell] spoke in [LOC Jackson Hole], [LOC Wyoming].",
			"Fed Chair Jerome Powell spoke in Jackson Hole , Wyoming .", "B-ORG O B-PER I-PER O O B-LOC I-LOC O B-LOC O", ""},
		{"run with [ORG Post Office Ltd].", "run with Post Office Ltd .", "O O B-ORG I-ORG I-ORG O", ""},
		{"ex-[ORG Fondation Abbé Pierre]", "ex- Fondation Abbé Pierre", "O B-ORG I-ORG I-ORG", ""},
		{"broken [PER name", "", "", "malformed"},
		{"bad [XYZ type]", "", "", "malformed"},
	}
	for _, c := range cases {
		s, err := ParseBracket(c.in)
		if c.wantErrMsg != "" {
			assert.ErrorContains(t, err, c.wantErrMsg, c.in)
			continue
		}
		require.NoError(t, err, c.in)
		assert.Equal(t, c.tokens, strings.Join(s.Tokens, " "), c.in)
		assert.Equal(t, c.tags, strings.Join(s.Tags, " "), c.in)
	}
}

func TestReadBracketSkipsComments(t *testing.T) {
	s, err := ReadBracket(strings.NewReader("# comment\n\n[LOC Paris] est loin.\n"))
	require.NoError(t, err)
	require.Len(t, s, 1)
	assert.Equal(t, []string{"B-LOC", "O", "O", "O"}, s[0].Tags)
}

func TestReadCoNLL(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"index token tag, IOB2", "0\tLe\tO\n1\tMonde\tB-ORG\n\n0\tParis\tB-LOC\n", []string{"O B-ORG", "B-LOC"}},
		{"token tag, IOB1", "New I-LOC\nYork I-LOC\nand O\nParis I-LOC\nLyon B-LOC\n", []string{"B-LOC I-LOC O B-LOC B-LOC"}},
		{"no sentence breaks", "Il O\npart O\n. O\nPaul I-PER\nrit O\n. O\n", []string{"O O O", "B-PER O O"}},
	}
	for _, c := range cases {
		s, err := ReadCoNLL(strings.NewReader(c.in))
		require.NoError(t, err, c.name)
		var got []string
		for _, x := range s {
			got = append(got, strings.Join(x.Tags, " "))
		}
		assert.Equal(t, c.want, got, c.name)
	}
}

func TestReadCoNLLGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write([]byte("0\tMacron\tB-PER\n1\tparle\tO\n"))
	require.NoError(t, zw.Close())
	s, err := ReadCoNLL(&buf)
	require.NoError(t, err)
	require.Len(t, s, 1)
	assert.Equal(t, []string{"Macron", "parle"}, s[0].Tokens)
}

func TestAgreement(t *testing.T) {
	a, _ := ReadBracket(strings.NewReader("[PER Anne Roy] est à [LOC Paris].\n[ORG Acme] recrute.\n"))
	b, _ := ReadBracket(strings.NewReader("[PER Anne Roy] est à [LOC Paris].\n[MISC Acme] recrute.\n"))
	res, err := Agreement(a, b)
	require.NoError(t, err)
	assert.InDelta(t, 2.0/3, res.Scores.Overall().F1(), 1e-9)
	assert.Equal(t, 9, res.Tokens)
	assert.Greater(t, res.Kappa, 0.7)
	assert.Less(t, res.Kappa, 1.0)
	_, err = Agreement(a, b[:1])
	assert.Error(t, err)
}

func TestScores(t *testing.T) {
	s := Scores{}
	s.Add([]string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"B-PER", "I-PER", "O", "B-ORG"})
	all := s.Overall()
	assert.Equal(t, Counts{Right: 1, Predicted: 2, Gold: 2}, all)
	assert.InDelta(t, 0.5, all.F1(), 1e-9)
}
