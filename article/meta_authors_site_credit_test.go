package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAuthorsSiteCreditVerbatim checks that a page whose <meta> author is
// the site itself keeps that credit as written, with a number or as a
// domain, when nothing else names anyone.
func TestAuthorsSiteCreditVerbatim(t *testing.T) {
	cases := []struct {
		name, url, head string
		want            []string
	}{
		{"site name with a number", "https://98bucks.example/post", `<meta property="og:site_name" content="98 Bucks Media"><meta name="author" content="98 Bucks Media">`,
			[]string{"98 Bucks Media"}},
		{"site written as its domain", "https://www.acmeledger.example/post", `<meta name="author" content="AcmeLedger.example">`,
			[]string{"AcmeLedger.example"}},
		{"number that is not the site", "https://acmeledger.example/post", `<meta name="author" content="24 Hours">`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(intlPage("en", tc.head, "")), Input{URL: tc.url})
			require.NoError(t, err)
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}
