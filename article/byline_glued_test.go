package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsGluedNames checks a <meta name=author> list whose names are
// glued at a comma or a semicolon.
func TestAuthorsGluedNames(t *testing.T) {
	body := `<h1>Parks for the city</h1><p>The city plans its parks for decades, and the budget follows the plans it makes.</p>`
	cases := []authorCase{
		{"comma", `<meta name="author" content="Jane Doe,John Roe">`, body, []string{"Jane Doe", "John Roe"}},
		{"semicolon", `<meta name="author" content="Jane Doe;John Roe">`, body, []string{"Jane Doe", "John Roe"}},
	}
	checkAuthorCases(t, "https://www.example.org/post", cases)
}

// TestBylineRewrites checks what the byline helpers of this change make
// of their inputs: where spaceGluedNames puts a space back, where
// cutCreditTail cuts a title-case credit, and the holder holderOf reads
// from a copyright line.
func TestBylineRewrites(t *testing.T) {
	for name, tc := range map[string]struct {
		f     func(string) string
		cases map[string]string
	}{
		"spaceGluedNames": {spaceGluedNames, map[string]string{
			"Jane Doe,John Roe": "Jane Doe, John Roe",
			"Jane Doe, john":    "Jane Doe, john",
			"1,000 Writers":     "1,000 Writers",
			"Doe,jane":          "Doe,jane",
		}},
		"cutCreditTail": {cutCreditTail, map[string]string{
			"Jane Doe For Dailymail.com": "Jane Doe",
			"Madonna In London":          "Madonna In London",
			"Kim In":                     "Kim In",
			"Jan In 't Veld":             "Jan In 't Veld",
			"Acme Wines in Berlin":       "Acme Wines in Berlin",
		}},
		"holderOf": {holderOf, map[string]string{
			"© 2025 Jane Roth. All rights reserved.":             "Jane Roth",
			"(c) Jane Roth • Weitere Rechte siehe Impressum":     "Jane Roth",
			"Copyright © 2006-2008 by Jane Roth | Theme by Acme": "Jane Roth",
			"Roth is a copyright lawyer":                         "",
		}},
	} {
		for in, want := range tc.cases {
			assert.Equal(t, want, tc.f(in), name+": "+in)
		}
	}
}
