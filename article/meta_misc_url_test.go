package article

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCanonicalURLAbsoluteFirst(t *testing.T) {
	cases := []struct{ name, head, want string }{
		{"relative canonical, absolute og:url", `<link rel="canonical" href="/artikel/hafen"><meta property="og:url" content="https://www.example.de/artikel/hafen">`,
			"https://www.example.de/artikel/hafen"},
		{"protocol-relative canonical, absolute og:url", `<link rel="canonical" href="//www.example.de/artikel/hafen"><meta property="og:url" content="https://www.example.de/artikel/hafen">`,
			"https://www.example.de/artikel/hafen"},
		{"only a relative canonical", `<link rel="canonical" href="/artikel/hafen">`, "/artikel/hafen"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Hafen</title>` + tc.head + `</head><body><article><h1>Der Hafen öffnet wieder</h1><p>` +
				strings.Repeat("Der Hafen der Stadt ist nach drei Monaten Bauzeit wieder offen. ", 4) + `</p></article></body></html>`
			a, err := ParseHTML(context.Background(), testConfig(), strings.NewReader(page), Input{})
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.URL)
		})
	}
}
