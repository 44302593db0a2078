package article

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// The fast paths below must give what the plain code they replace gives;
// each test compares them with that code on awkward inputs.

// speedInputs are strings that stress the fast paths: ASCII, Latin,
// combining marks, capitals that lower-case to ASCII from past it, invalid
// UTF-8 and a string longer than the stack buffers.
var speedInputs = []string{
	"", " ", "Hello, World!", "L'été à Paris — 2024", "It’s a soft\u00adhyphen",
	"JAVASCRİPT:void(0)", "JavaScript:alert(1)", " javascript:", "javascript", "\xffjavascript:",
	"e\u0301tude", "Ǆemal ǅ ǆ", "\xc3", "\xc3(", "Ωmega Σίσυφος 東京 123", "ĀĂĄ ȀȂ ʰʲ ˿",
	"KELVIN \u212a", "en\u2000quad \u2014 dash \u201cq\u201d \u2070", strings.Repeat("Long Title ", 20), "$RC(\"B:1\",\"S:1\")", "$R$RS(", "$RR", "x$RX(",
}

// titleKeyByRunes is titleKey as it was written, rune by rune.
func titleKeyByRunes(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) && b.Len() > 0 && !space:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '\u00ad':
		default:
			space = true
		}
	}
	return b.String()
}

func TestTitleKeyFastPath(t *testing.T) {
	for _, s := range speedInputs {
		assert.Equal(t, titleKeyByRunes(s), titleKey(s), "%q", s)
	}
	assert.Equal(t, "lété à paris 2024", titleKey("L'été à Paris — 2024"))
}

func TestNFCByBytes(t *testing.T) {
	for _, s := range speedInputs {
		if nfcByBytes(s) {
			assert.True(t, norm.NFC.IsNormalString(s), "%q", s)
		}
		assert.Equal(t, norm.NFC.String(s), toNFC(s), "%q", s)
	}
	// Every rune nfcByBytes passes is in NFC and combines with no rune
	// before it, so that any string of them is in NFC.
	for r := rune(0); r <= 0xffff; r++ {
		s := string(r)
		if !nfcByBytes(s) {
			continue
		}
		p := norm.NFC.PropertiesString(s)
		assert.True(t, norm.NFC.IsNormalString(s) && p.BoundaryBefore() && p.CCC() == 0, "%U", r)
	}
	assert.True(t, nfcByBytes("L'été à Paris — «ʰ» “quoted”…"))
	assert.False(t, nfcByBytes("e\u0301"))
	assert.False(t, nfcByBytes("a\u2000b"), "an en quad, which NFC replaces")
	assert.True(t, nfcByBytes("Москва 東京 서울 「ひらがな」"))
	assert.False(t, nfcByBytes("\u0627\u0644"), "Arabic is left to the normaliser")
	assert.False(t, nfcByBytes("か\u3099"), "a combining voiced mark")
	assert.False(t, nfcByBytes("\xc3"))
	assert.False(t, nfcByBytes("\xe2\x80"))
}

func TestHasLowerPrefix(t *testing.T) {
	for _, s := range speedInputs {
		assert.Equal(t, strings.HasPrefix(strings.ToLower(s), "javascript:"), hasLowerPrefix(s, "javascript:"), "%q", s)
	}
	assert.False(t, pageLink("JavaScript:void(0)"))
	assert.True(t, pageLink("/news/javascript:-a-history"))
}

func TestHasStreamCall(t *testing.T) {
	names := []string{"$RC(", "$RS(", "$RR("}
	for _, s := range speedInputs {
		assert.Equal(t, containsAnyString(s, names), hasStreamCall(s), "%q", s)
	}
}

func TestNonSpaceBytesOver(t *testing.T) {
	for _, s := range append(speedInputs, "a \n b\t\tc", strings.Repeat(" ", 50)+"x") {
		n := nonSpaceBytes(s)
		for limit := 0; limit < 12; limit++ {
			if got := nonSpaceBytesOver(s, limit); n <= limit {
				assert.Equal(t, n, got, "%q %d", s, limit)
			} else {
				assert.Greater(t, got, limit, "%q %d", s, limit)
			}
		}
	}
}

func TestNamesTodayPrefilter(t *testing.T) {
	assert.True(t, namesToday("header todays-date"))
	assert.True(t, namesToday("currentDate"))
	assert.True(t, namesToday("TODAY_TIME"))
	assert.False(t, namesToday("post-date published"))
	assert.False(t, namesToday("today"))
}

func TestLastLabelSkipsAbsentLabels(t *testing.T) {
	assert.Equal(t, 10, lastLabel("posted on updated 3 may", []string{"updated", "stand"}))
	assert.Equal(t, -1, lastLabel("outdated 3 may", []string{"dated"}))
	assert.Equal(t, 0, lastLabel("更新 2020", []string{"更新"}))
}

func TestDifferFirstASCII(t *testing.T) {
	for a := range byte(128) {
		for b := range byte(128) {
			assert.Equal(t, !strings.EqualFold(string(a), string(b)), differFirstASCII(a, b), "%q %q", a, b)
		}
	}
	assert.False(t, differFirstASCII('k', 0xe2), "the Kelvin sign is left to strings.EqualFold")
	rest, ok := hasPrefixFold("BY Anna Berg", "by")
	assert.True(t, ok)
	assert.Equal(t, "Anna Berg", rest)
	_, ok = hasPrefixFold("Photo: Anna Berg", "by")
	assert.False(t, ok)
}
