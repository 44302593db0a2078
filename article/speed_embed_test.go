package article

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// oldFoldContains is foldContains as it was: every window compared.
func oldFoldContains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func TestFoldContainsMatchesOldForm(t *testing.T) {
	fragments := []string{"you", "YOU", "Tube", "tube", "embed", "EMBED", "em", "-", " ", "\u212a", "\u017f", "é", "y", "E", "x"}
	subs := []string{"youtube", "embed", "kelvin", "sso", "e", ""}
	r := rand.New(rand.NewSource(17))
	for range 20000 {
		var b strings.Builder
		for n := r.Intn(8); n > 0; n-- {
			b.WriteString(fragments[r.Intn(len(fragments))])
		}
		s := b.String()
		for _, sub := range subs {
			assert.Equal(t, oldFoldContains(s, sub), foldContains(s, sub), "%q in %q", sub, s)
		}
	}
}

func TestFoldContainsCases(t *testing.T) {
	cases := []struct {
		s, sub string
		want   bool
	}{
		{"video-YouTube-embed", "youtube", true},
		{"wp-block-embed", "embed", true},
		{"EMBEDDED", "embed", true},
		{"emb-ed", "embed", false},
		{"\u212aelvin", "kelvin", false},
		{"", "embed", false},
		{"anything", "", true},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, foldContains(c.s, c.sub), c.s)
		assert.Equal(t, oldFoldContains(c.s, c.sub), foldContains(c.s, c.sub), c.s)
	}
}

// TestLazyRegexpsCompile calls each expression compiled on first use, as
// a bad pattern would now panic there rather than when the package loads.
func TestLazyRegexpsCompile(t *testing.T) {
	for _, re := range []func() *regexp.Regexp{
		statusIDRE, handleRE, instagramHandleRE, youTubeIDRE, mastodonPathRE,
		signatureRE, urlRE, mentionRE, hashtagRE, sharedByRE, sharedPrefixRE, creditRE,
	} {
		assert.NotPanics(t, func() { re() })
		assert.Same(t, re(), re(), "compiled once")
	}
	assert.True(t, youTubeIDRE().MatchString("dQw4w9WgXcQ"))
	assert.Equal(t, []string{"@handle", "handle"}, mentionRE().FindStringSubmatch("@handle"))
}
