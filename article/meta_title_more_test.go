package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// titleCase is a page's <head> and <body> and the title it must get.
type titleCase struct {
	name, head, body, want string
}

// checkTitles parses each case's page and checks its title.
func checkTitles(t *testing.T, cases []titleCase) {
	t.Helper()
	for _, tc := range cases {
		checkTitleAt(t, tc, "https://acme.example/page")
	}
}

// checkTitleAt parses a case's page at the address url and checks its
// title.
func checkTitleAt(t *testing.T, tc titleCase, url string) {
	t.Helper()
	t.Run(tc.name, func(t *testing.T) {
		page := `<html><head>` + tc.head + `</head><body>` + tc.body + `</body></html>`
		a, _ := parseHTMLString(t, page, url)
		assert.Equal(t, tc.want, a.Title)
	})
}

// TestTitleLabelsAndTagLines checks the headline rules for the short label
// after a dash or a bar, the count or year the <h1> leaves out, the tag
// line of a landing page, and a JSON-LD headline escaped twice.
func TestTitleLabelsAndTagLines(t *testing.T) {
	checkTitles(t, []titleCase{
		{"label after a dash",
			`<title>Gym Workouts for Beginners — Strength Training | Acme Fit</title>
			<meta property="og:title" content="Gym Workouts for Beginners — Strength Training">`,
			`<h1>Gym Workouts for Beginners — Strength Training</h1><p>Text.</p>`, "Gym Workouts for Beginners"},
		{"long part after a dash stays",
			`<meta property="og:title" content="The Language Death Spiral - How Small Languages Die in the Age of AI">`,
			`<h1>The Language Death Spiral - How Small Languages Die in the Age of AI</h1><p>Text.</p>`,
			"The Language Death Spiral - How Small Languages Die in the Age of AI"},
		{"short headline before a dash stays",
			`<meta property="og:title" content="Tutorial - User Guide">`,
			`<h1>Tutorial - User Guide</h1><p>Text.</p>`, "Tutorial - User Guide"},
		{"news headline keeps its dash",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Central bank holds its rates – for now"}</script>`,
			`<h1>Central bank holds its rates – for now</h1><p>Text.</p>`, "Central bank holds its rates – for now"},
		{"label after a bar and two words",
			`<meta property="og:title" content="Catering Tips | Smokehouse">`,
			`<h1>Catering Tips | Smokehouse</h1><p>Text.</p>`, "Catering Tips"},
		{"count the h1 leaves out",
			`<title>8 Recent Trends in Photography - Acme Studio</title>
			<meta property="og:title" content="8 Recent Trends in Photography - Acme Studio">
			<meta property="og:site_name" content="Acme Studio">
			<script type="application/ld+json">{"@type":"Article","headline":"Recent Trends in Photography"}</script>`,
			`<h1>Recent Trends in Photography</h1><p>Text.</p>`, "8 Recent Trends in Photography"},
		{"year the h1 leaves out",
			`<meta property="og:title" content="Best Travel Insurance for Seniors in 2025">`,
			`<h1>Best Travel Insurance for Seniors</h1><p>Text.</p>`, "Best Travel Insurance for Seniors in 2025"},
		{"reference number the h1 leaves out",
			`<title>Holiday Cottage by the Lake (40517) - Acme Holidays</title>
			<meta property="og:site_name" content="Acme Holidays">`,
			`<h1>Holiday Cottage by the Lake</h1><p>Text.</p>`, "Holiday Cottage by the Lake"},
		{"tag line in the h1",
			`<title>Insurance for Rideshare and Delivery Drivers | Acme Insurance</title>
			<meta property="og:title" content="Insurance for Rideshare and Delivery Drivers | Acme Insurance">
			<meta property="og:site_name" content="Acme Insurance">`,
			`<h1>Insurance to help protect your delivery work</h1><p>Text.</p>`, "Insurance for Rideshare and Delivery Drivers"},
		{"h1 in title case beside the metadata",
			`<meta property="og:title" content="Keeping Your Home Spotless">`,
			`<h1>Keeping Your Home Spotless: Top Cleaning Trends</h1><p>Text.</p>`, "Keeping Your Home Spotless: Top Cleaning Trends"},
		{"JSON-LD headline escaped twice",
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"And finally&amp;#8230; trouble brewing"}</script>`,
			`<p>Text.</p>`, "And finally… trouble brewing"},
	})
}

// TestNumberedTitle checks which longer titles add only a count or a
// year to a headline; a reference number is no count.
func TestNumberedTitle(t *testing.T) {
	cases := []struct {
		t      string
		titles []string
		want   string
	}{
		{"Recent Trends", []string{"8 Recent Trends"}, "8 Recent Trends"},
		{"Best Tutors", []string{"Best Tutors in 2025"}, "Best Tutors in 2025"},
		{"Best Tutors", []string{"Best Tutors Reviewed"}, "Best Tutors"},
		{"Best Tutors", []string{"Best Tutors in town"}, "Best Tutors"},
		{"Best Tutors", []string{"Best Tutors"}, "Best Tutors"},
		{"Lake Cottage", []string{"Lake Cottage 40517"}, "Lake Cottage"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, numberedTitle(tc.t, tc.titles), tc.t)
	}
}

// TestIsTagLine checks the case test that tells a tag line from a title.
func TestIsTagLine(t *testing.T) {
	assert.True(t, isTagLine("Business messaging that scales without slowing you down", "Business Text Messaging Services"))
	assert.False(t, isTagLine("Business messaging that scales", "Business text messaging services"))
	assert.False(t, isTagLine("Business Messaging That Scales", "Business Text Messaging Services"))
	assert.False(t, isTagLine("Messaging", "Business Text Messaging Services"))
}
