package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAccess(t *testing.T) {
	ld := func(v string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget voté","isAccessibleForFree":` + v + `}</script>`
	}
	cases := []struct{ name, head, want string }{
		{"nothing said", ``, ""},
		{"locked tier", `<meta property="article:content_tier" content="locked">`, AccessSubscription},
		{"metered tier", `<meta property="article:content_tier" content="Metered">`, AccessMetered},
		{"free tier", `<meta property="article:content_tier" content="free">`, AccessFree},
		{"JSON-LD false", ld(`false`), AccessSubscription},
		{"JSON-LD false as a capitalised string", ld(`"False"`), AccessSubscription},
		{"JSON-LD true", ld(`true`), AccessFree},
		{"schema.org's own false", ld(`"http://schema.org/False"`), AccessSubscription},
		{"schema.org's own true", ld(`"https://schema.org/True"`), AccessFree},
		{"JSON-LD value unreadable", ld(`"maybe"`), ""},
		{"the tier is more precise than JSON-LD", ld(`false`) + `<meta property="article:content_tier" content="metered">`, AccessMetered},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parsePage(t, `<html><head><title>Budget voté</title>`+tc.head+`</head><body><article><h1>Budget voté</h1><p>`+
				bodyArticle[0]+`</p><p>`+bodyArticle[1]+`</p></article></body></html>`)
			assert.Equal(t, tc.want, a.Access)
		})
	}
}
