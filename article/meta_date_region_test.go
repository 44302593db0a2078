package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRegionClock checks that a language spoken across time zones is read
// on the clock of the country of the page's address, and that an address
// of no country keeps the UTC day.
func TestRegionClock(t *testing.T) {
	cases := []struct{ name, url, want string }{
		{"es under .ar: the day printed on the clock of Buenos Aires", "https://www.example.com.ar/story-nid123/", "2022-05-03"},
		{"es under .com: no clock", "https://www.example.com/story-nid123/", "2022-05-04T00:25:56Z"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html lang="es"><head>` + ld("NewsArticle", "2022-05-04T00:25:56Z", "") +
				`</head><body><article><h1>Un titular de cierta longitud</h1><p>3 de mayo de 2022</p>` +
				`<p>La historia sigue un buen rato, lo bastante para ser un cuerpo.</p></article></body></html>`
			a, _ := parseHTMLString(t, page, tc.url)
			if assert.NotNil(t, a.Published) {
				assert.Equal(t, tc.want, a.Published.String())
			}
		})
	}
	assert.Equal(t, "gb", tldRegion("https://news.example.co.uk/a"))
	assert.Equal(t, "", tldRegion("https://example.com/a"))
}
