package article

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The one-pass forms of labelKey, summaryLabel, lineKey and captionLine
// must give what the forms they replace gave: these tests hold those
// forms and compare, on case tables, random lines and fuzzed ones.

// plainLabelKey is labelKey as a chain of the strings functions.
func plainLabelKey(s string) string {
	s = strings.ToLower(toNFC(s))
	s = strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ").Replace(s)
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == ':' || unicode.IsSpace(r) })
	return strings.Join(strings.Fields(s), " ")
}

// plainSummaryLabel is summaryLabel over plainLabelKey.
func plainSummaryLabel(c *Config, s string) bool {
	if len(s) > 64 {
		return false
	}
	k := plainLabelKey(s)
	return moreSummaryKeys[k] || c.summaryKeys[k]
}

// plainCaptionLine weighs each credit label at strings.LastIndex in turn.
func plainCaptionLine(s string) bool {
	if len(s) > maxCaptionLine || !strings.ContainsAny(s, "PICF") {
		return false
	}
	for _, l := range captionCreditLabels {
		i := strings.LastIndex(s, l)
		if i > 0 && creditAt(s, i, l) {
			return true
		}
	}
	return false
}

// keyCases are lines for the three keys: labels, credits, spaces of
// every kind, marks, scripts whose case maps change byte lengths, and
// bytes that are not UTF-8.
var keyCases = []string{
	"", " ", ":", " : ", "Key points", "KEY POINTS:", "  Key\u00a0points :", "Key points: more", "L’essentiel",
	"L'ESSENTIEL :", "À retenir", "A\u0300 retenir", "Tl;dr", "TL;DR:", "In brief\u202f:", "What\u2003to know",
	"\u212aey points", "İstanbul", "ǅ", "ß", "bad \xff byte", "\xc3", "Key points::", "Key points : :", "a\u0085b",
	"The lanes on Main Street. Photo by: Jane Doe.", "The laptop is $300 off Credit: Brand",
	"A view of the old town at dusk Photo: Jane Doe", "A view of the old town at dusk. Image : Jean Roe",
	"Le port au petit matin. Crédit photo : Jean Roe", "Photo: Jane Doe", "Credit: only a credit",
	"A tax bill passed the House today Tax Credit: none", "Photos by Jane and John. Photo by Ann",
	"Four words before it. Photo: one. Photo: Jane Doe", "Four words before it. Photo: Jane Doe. Photo: 2025",
	"Four words before. Foto: Ann Roe!", "Four words before. Picture: " + strings.Repeat("x", 70),
	"Four words before it.\u00a0Credit:\u00a0Jane", "Four words before it.Credit: Jane", "Four words before it. Credits: A. B.",
}

// randomKeyLine builds a line of the pieces keys and credits are made of.
func randomKeyLine(rng *rand.Rand) string {
	pieces := []string{"Photo by:", "Photo by ", "Photo:", "Credit:", "Crédit :", "Image :", "Foto:", "Picture:",
		" ", "  ", "\u00a0", "\u202f", "\u2003", "\t", "\n", "’", ":", ".", "!", "?", ")", "”", "$", "5", "©",
		"Jane", "doe", "Key", "POINTS", "l'essentiel", "É", "e\u0301", "\u212a", "İ", "ß", "ǅ", "\xff", "\xc3", "东京", "word"}
	var b strings.Builder
	for range rng.IntN(24) {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

func TestLabelKeySameAsPlain(t *testing.T) {
	cfg := testConfig()
	for _, s := range append(keyCases, sameCases...) {
		assert.Equal(t, plainLabelKey(s), labelKey(s), "%q", s)
		assert.Equal(t, plainSummaryLabel(cfg, s), cfg.summaryLabel(s), "%q", s)
	}
	assert.Equal(t, "key points", labelKey("  KEY\u00a0 Points : "))
	assert.Equal(t, "l'essentiel", labelKey("L’Essentiel:"))
	assert.True(t, cfg.summaryLabel("Key points :"))
	assert.False(t, cfg.summaryLabel("Key points of the day"))
	long := strings.Repeat("\u212a", maxLabelKey/3) // lower case needs fewer bytes
	assert.Equal(t, plainLabelKey(long), labelKey(long))
	assert.Equal(t, plainLabelKey(strings.Repeat("İ", 40)), labelKey(strings.Repeat("İ", 40)), "a key longer than the buffer")
}

func TestKeysSameAsPlainRandom(t *testing.T) {
	cfg := testConfig()
	rng := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		s := randomKeyLine(rng)
		require.Equal(t, plainLabelKey(s), labelKey(s), "%q", s)
		require.Equal(t, plainSummaryLabel(cfg, s), cfg.summaryLabel(s), "%q", s)
		require.Equal(t, plainLineKey(s), lineKey(s), "%q", s)
		require.Equal(t, plainCaptionLine(s), captionLine(s), "%q", s)
	}
}

func TestLineKeyLongLine(t *testing.T) {
	s := strings.Repeat("Ǆ Word, ", 400) // past the stack buffer, in both byte counts
	assert.Equal(t, plainLineKey(s), lineKey(s))
}

func TestCaptionLineSameAsPlain(t *testing.T) {
	for _, s := range append(keyCases, sameCases...) {
		assert.Equal(t, plainCaptionLine(s), captionLine(s), "%q", s)
	}
	assert.True(t, captionLine("The new lanes on Main Street. Photo by: Jane Doe."))
	assert.False(t, captionLine("Four words before it. Photo: Jane Doe. Photo: 2025"), "a label is weighed at its last place only")
	assert.True(t, captionLine("The old town at dusk. Photo: Jane Roe Image by"), "another label may hold the credit")
	assert.False(t, captionLine("	Photo: Jane Doe"), "white space alone is no caption")
	assert.False(t, captionLine("A tax bill passed the House today Tax Credit: none"))
}

// TestCaptionLabelStarts checks what captionLine relies on: every label
// starts with a byte captionLabelStart and the first test accept, and the
// labels fit the bits of its mask.
func TestCaptionLabelStarts(t *testing.T) {
	require.LessOrEqual(t, len(captionCreditLabels), 32)
	for _, l := range captionCreditLabels {
		assert.True(t, captionLabelStart(l[0]), l)
		assert.True(t, strings.ContainsAny(l[:1], "PICF"), l)
	}
}

func FuzzLabelKeySameAsPlain(f *testing.F) {
	for _, s := range keyCases {
		f.Add(s)
	}
	cfg := testConfig()
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := labelKey(s), plainLabelKey(s); got != want {
			t.Fatalf("labelKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := cfg.summaryLabel(s), plainSummaryLabel(cfg, s); got != want {
			t.Fatalf("summaryLabel(%q) = %v, want %v", s, got, want)
		}
	})
}

func FuzzCaptionLineSameAsPlain(f *testing.F) {
	for _, s := range keyCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := captionLine(s), plainCaptionLine(s); got != want {
			t.Fatalf("captionLine(%q) = %v, want %v", s, got, want)
		}
	})
}
