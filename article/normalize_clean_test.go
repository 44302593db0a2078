package article

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCleanTextCases(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"clean ASCII", "Le chat dort.", "Le chat dort."},
		{"clean accents", "L’été à Paris", "L’été à Paris"},
		{"decomposed accent", "e\u0301te\u0301", "été"},
		{"leading and trailing spaces", "  a b ", "a b"},
		{"double space", "a  b", "a b"},
		{"tab and newline", "a\tb\nc", "a b c"},
		{"carriage return dropped", "a\r\nb", "a b"},
		{"soft hyphen", "incon\u00adtournable", "incontournable"},
		{"no-break space kept", "10\u00a0%", "10\u00a0%"},
		{"narrow no-break space kept", "«\u202fOui\u202f»", "«\u202fOui\u202f»"},
		{"no-break spaces at the ends dropped", "\u00a0\u00a0Oui.\u00a0", "Oui."},
		{"narrow no-break space at the end dropped", "Oui \u202f", "Oui"},
		{"no-break space beside a space is a space", "a \u00a0 b\u00a0\tc", "a b c"},
		{"run of no-break spaces is one", "10\u00a0\u00a0%", "10\u00a0%"},
		{"only no-break spaces", "\u00a0 \u202f", ""},
		{"em space collapsed", "a\u2003b", "a b"},
		{"zero-width space", "a\u200bb", "ab"},
		{"joiner in emoji kept", "👩\u200d💻", "👩\u200d💻"},
		{"joiner in text dropped", "a\u200db", "ab"},
		{"invalid byte", "a\xffb", "ab"},
		{"control", "a\x01b\x7f", "ab"},
		{"only spaces", " \t ", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, CleanText(tc.in))
			assert.Equal(t, tc.want, cleanSlowly(tc.in))
		})
	}
}

// TestCleanTextFastPath checks that CleanText, with its shortcut for clean
// text, gives what rewriting every rune gives, on strings drawn from the
// characters that matter to it.
func TestCleanTextFastPath(t *testing.T) {
	parts := []string{
		"a", "Z", "é", "e\u0301", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u202f", "\u2003",
		"\u00ad", "\u200b", "\u200d", "\ufeff", "\x01", "\x7f", "\u0085", "\xff", "\xc3",
		"👩", "💻", "\ufe0f", "日本", ".", "’",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		assert.Equal(t, cleanSlowly(s), CleanText(s), "%q", s)
	}
}

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"", "a b", " a", "a\u00adb", "e\u0301", "👩\u200d💻", "a\xffb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, cleanSlowly(s), CleanText(s))
	})
}
