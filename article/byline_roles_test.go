package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBylineRoles checks the job title after a comma, the reviewer line
// and the "Last, First" metadata.
func TestBylineRoles(t *testing.T) {
	body := `<p>Cities plan their parks for the long run, and their budgets follow the plans they make every year.</p>` +
		`<p>More text about parks and the budgets of the cities that plan them for decades ahead.</p>`
	cases := []struct {
		name, head, page string
		want             []string
	}{
		{"a job title after a comma", ``,
			`<p class="byline">By Jane Doe, Political Correspondent</p>`, []string{"Jane Doe"}},
		{"two names with job titles", ``,
			`<p class="byline">By Jane Doe, Political Correspondent, and Tom Berg, Economics Editor</p>`,
			[]string{"Jane Doe", "Tom Berg"}},
		{"last, first in citation_author", `<meta name="citation_author" content="Doe, Jane">`,
			``, []string{"Jane Doe"}},
		{"last, first with an initial", `<meta name="author" content="Doe, Jane A.">`,
			``, []string{"Jane A. Doe"}},
		{"a reviewer is the only byline", ``,
			`<div class="authored-by">Reviewed by John Smith, Trial Attorney at Smith & Smith, on December 9, 2024.</div>`,
			[]string{"John Smith"}},
		{"a reviewer beside the writer", ``,
			`<div class="byline">Ana Lima • Reviewed by John Smith, CPA</div>`, []string{"Ana Lima"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head>` + tc.head + `</head><body><h1>Parks for the long run</h1>` + tc.page + body + `</body></html>`
			a, _ := parseHTMLString(t, page, "https://www.example.org/post")
			assert.Equal(t, tc.want, authorNames(a.Authors))
		})
	}
}

// TestLastFirst checks the names that are and are not "Last, First".
func TestLastFirst(t *testing.T) {
	got, ok := lastFirst("Doe, Jane")
	assert.True(t, ok)
	assert.Equal(t, "Jane Doe", got)
	for _, s := range []string{"Jane Doe, John Smith", "Doe, MD", "Reuters, AFP", "Jane Doe", "Doe, Jane, Tom"} {
		_, ok := lastFirst(s)
		assert.False(t, ok, s)
	}
}
