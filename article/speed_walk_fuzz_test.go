package article

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzSpeedFormsSameAsPlain checks the faster forms of the last speed pass
// against the forms they replaced, on any input: the word automata of
// every index, the ASCII-skipping mojibake repair and the run-copying
// text cleaner.
func FuzzSpeedFormsSameAsPlain(f *testing.F) {
	for _, s := range append(append([]string(nil), foldSamples...), "Ã© â€” l'été", "a\u00ad\u200bb  c") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, x := range allIndexes() {
			require.Equal(t, refFoldTags(x, s), x.foldTags(s), "%q", s)
		}
		want, wantChanged := repairRunsEachByte(s)
		got, changed := repairRuns(s)
		require.Equal(t, wantChanged, changed, "%q", s)
		require.Equal(t, want, got, "%q", s)
		require.Equal(t, cleanByRune(s), cleanSlowly(s), "%q", s)
	})
}
