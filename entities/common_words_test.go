package entities

import (
	"compress/gzip"
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

var updateBloom = flag.Bool("update-bloom", false, "rewrite data/common-words.bloom from data/source")

// TestCommonWordsBloom checks that the embedded common-word filters are
// those of the source lists; -update-bloom rewrites them.
func TestCommonWordsBloom(t *testing.T) {
	g := newGazetteer()
	for _, name := range []string{"data/source/fr-words.txt.gz", "data/source/en-words.txt.gz"} {
		f, err := os.Open(name)
		require.NoError(t, err)
		zr, err := gzip.NewReader(f)
		require.NoError(t, err)
		require.NoError(t, g.Read(zr))
		require.NoError(t, f.Close())
	}
	want := g.common[1].appendBits(g.common[0].appendBits(nil))
	if *updateBloom {
		require.NoError(t, os.WriteFile("data/common-words.bloom", want, 0o644))
		return
	}
	require.Equal(t, string(want), commonWordsBloom, "run go test -run TestCommonWordsBloom -update-bloom")
	_, err := commonFilters(commonWordsBloom)
	require.NoError(t, err)
}
