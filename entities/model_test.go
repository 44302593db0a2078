package entities

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTrainWriteRead(t *testing.T) {
	text := strings.Repeat("Le président [PER Paul Durand] est à [LOC Lyon].\n[ORG Acme] recrute à [LOC Nantes].\n", 20)
	sents, err := ReadBracket(strings.NewReader(text))
	require.NoError(t, err)
	m, err := Train(sents, TrainOptions{Epochs: 3})
	require.NoError(t, err)
	var buf bytes.Buffer
	_, err = m.WriteTo(&buf)
	require.NoError(t, err)
	m2, err := ReadModel(&buf)
	require.NoError(t, err)
	assert.Equal(t, m.Features(), m2.Features())
	tg, err := NewTagger(m2)
	require.NoError(t, err)
	assert.Equal(t, []string{"O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"},
		tg.Tag(TokenizeWords("Le président Paul Durand est à Lyon .")))
}

func TestReadModelRejectsGarbage(t *testing.T) {
	_, err := ReadModel(strings.NewReader("not a model"))
	assert.ErrorIs(t, err, ErrModel)
}

func TestWithModelError(t *testing.T) {
	r := New(WithModel(strings.NewReader("junk")))
	_, err := r.Recognize(nil)
	assert.ErrorIs(t, err, ErrModel)
}

func TestReadModelDecompressed(t *testing.T) {
	m, err := parseModel(defaultModelFile)
	require.NoError(t, err)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	_, err = zw.Write(defaultModelFile)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	zipped := buf.Bytes()
	fromZip, err := ReadModel(bytes.NewReader(zipped))
	require.NoError(t, err)
	fromRaw, err := ReadModel(bytes.NewReader(defaultModelFile))
	require.NoError(t, err)
	assert.Equal(t, m.Features(), fromZip.Features())
	assert.Equal(t, m.Features(), fromRaw.Features())
	for _, n := range []int{0, 10, len(modelMagic) + 20, len(defaultModelFile) - 1} {
		_, err := ReadModel(bytes.NewReader(defaultModelFile[:n]))
		assert.ErrorIs(t, err, ErrModel, "cut at %d", n)
	}
}
