package article

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFindMarksSameAsByteScan checks findMarks, which jumps from one
// possible first byte of a mark to the next, against a scan of every
// byte, on texts mixing every mark with other characters that share
// their first bytes (’, —, …, ©, é).
func TestFindMarksSameAsByteScan(t *testing.T) {
	parts := []string{"\"", "«", "»", "“", "”", "„", "‹", "›", "‘", "’", "—", "…", "©", "é", "a", " ", "\xe2", "\xc2", "\xe2\x80"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		var b strings.Builder
		for n := r.IntN(12); n > 0; n-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		var want []int
		for i := 0; i < len(s); i++ {
			if markAt(s, i) {
				want = append(want, i)
			}
		}
		d := newQdoc(s, nil, nil)
		d.findMarks()
		require.Equal(t, want, append([]int(nil), d.marks...), "%q", s)
		d.release()
	}
}
