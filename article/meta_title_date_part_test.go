package article

import "testing"

// TestTitleDatePart checks that a part of a page title that is only a
// date to the day is dropped, with the site's name it hid, and that a day
// without a year stays.
func TestTitleDatePart(t *testing.T) {
	checkTitles(t, []titleCase{
		{"date after the site's name",
			`<meta property="og:title" content="Ferries Wait for the Storm to Pass | Acme | 23.05.2011">
			<meta property="og:site_name" content="Acme">`,
			`<p>Text.</p>`,
			"Ferries Wait for the Storm to Pass"},
		{"date before the headline",
			`<meta property="og:title" content="23.01.2022 - Local Team Wins the Cup at Home - Acme Sport">`,
			`<h1 class="t1"></h1><p>Text.</p>`,
			"Local Team Wins the Cup at Home"},
		{"day without a year stays",
			`<meta property="og:title" content="30.11. | Book of the Week">`,
			`<p>Text.</p>`,
			"30.11. | Book of the Week"},
	})
}

// TestIsDatePart checks which parts of a title are only a date.
func TestIsDatePart(t *testing.T) {
	for s, want := range map[string]bool{
		"23.05.2011":     true,
		" 2021-03-04 ":   true,
		"23 May 2011":    true,
		"May 2011":       false,
		"30.11.":         false,
		"Acme":           false,
		"Top 10 of 2011": false,
	} {
		if got := isDatePart(s); got != want {
			t.Errorf("isDatePart(%q) = %v, want %v", s, got, want)
		}
	}
}
