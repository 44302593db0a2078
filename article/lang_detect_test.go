package article

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// plainStopwordScores is stopwordScores read rune by rune through the
// unicode package, without asciiWordFold.
func plainStopwordScores(text string, minLen int) ([]float64, int) {
	scores := make([]float64, len(detectLangs))
	hits := 0
	var buf [maxStopwordBytes]byte
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if notWordRune(r) {
			i += size
			continue
		}
		low, runes, long := buf[:0], 0, false
		for ; i < len(text); i += size {
			if r, size = utf8.DecodeRuneInString(text[i:]); notWordRune(r) {
				break
			}
			if r = unicode.ToLower(r); !long && len(low)+utf8.RuneLen(r) <= len(buf) {
				low, runes = utf8.AppendRune(low, r), runes+1
			} else {
				long = true
			}
		}
		if long || runes < minLen {
			continue
		}
		if langs := stopwordLangs[string(low)]; len(langs) > 0 {
			for _, l := range langs {
				scores[l] += 1 / float64(len(langs))
			}
			hits++
		}
	}
	return scores, hits
}

// TestStopwordScoresPlain checks stopwordScores against the plain reading,
// on every rune up to U+2FFF set between stopwords and on words cut by
// the text's end, too long for the buffer, or in upper case.
func TestStopwordScoresPlain(t *testing.T) {
	var all strings.Builder
	for r := rune(0); r < 0x3000; r++ {
		all.WriteString("The" + string(r) + "de" + string(r) + "ÜBER ")
	}
	for _, text := range []string{all.String(), "", "the", " the", "THE l'État, Über-über DER\u00a0und123 und",
		"abcdefghijklmnopqrstuvwxyzthe the", "été ÉTÉ être", "\xffthe\xff", "İstanbul ist die", "e é è a à o"} {
		for _, minLen := range []int{1, 2} {
			want, wantHits := plainStopwordScores(text, minLen)
			got, hits := stopwordScores(text, minLen)
			assert.Equal(t, wantHits, hits, "%d %.40q", minLen, text)
			assert.Equal(t, want, got, "%d %.40q", minLen, text)
		}
	}
	_, hits := stopwordScores("THE l'État, Über-über DER\u00a0und123 und", 2)
	assert.Equal(t, 5, hits, "the, über twice, der, the last und; not l, état, und123")
}
