package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIndicDates checks the Hindi and Bengali month and weekday names,
// with the vowel signs and the nukta of their scripts, and their digits.
func TestIndicDates(t *testing.T) {
	checkFindDates(t, [][2]string{
		{"27 नवंबर 2026", "2026-11-27"},
		{"27 नवम्बर 2026", "2026-11-27"},
		{"५ फ़रवरी २०२६", "2026-02-05"},
		{"5 फरवरी 2026", "2026-02-05"},
		{"शुक्रवार, 1 मार्च 2024", "2024-03-01"},
		{"12 मई 2026, 10:30", "2026-05-12T10:30:00"},
		{"अपडेटेड: 3 अक्टूबर 2025 10:30 AM", "2025-10-03T10:30:00"},
		{"২৭ নভেম্বর ২০২৬", "2026-11-27"},
		{"শুক্রবার, ১ মে ২০২৬", "2026-05-01"},
		{"৫ জানুয়ারি ২০২৬, ১০:৩০", "2026-01-05T10:30:00"},
	})
}

// checkFindDates finds a date in each text, case[0], and checks its
// String form, case[1]; "" means that no date must be found.
func checkFindDates(t *testing.T, cases [][2]string) {
	for _, c := range cases {
		d, _, _, ok := FindDate(c[0])
		if c[1] == "" {
			assert.False(t, ok, "%q read as %s", c[0], d)
		} else if assert.True(t, ok, c[0]) {
			assert.Equal(t, c[1], d.String(), c[0])
		}
	}
}

// TestHindiPageDate checks the date line of a Hindi story with no date
// in its metadata.
func TestHindiPageDate(t *testing.T) {
	page := `<html lang="hi"><head><title>बाज़ार में तेज़ी का दौर जारी</title></head><body><article>
		<h1>बाज़ार में तेज़ी का दौर जारी</h1>
		<p class="byline">प्रकाशित: शुक्रवार, 27 नवंबर 2026</p>` + intlBody + `</article></body></html>`
	a, _ := parseHTMLString(t, page, "https://news.example/hi/story")
	require.NotNil(t, a.Published)
	assert.Equal(t, "2026-11-27", a.Published.String())
}

// TestSouthAsianDates checks the month names of Marathi, Gujarati,
// Punjabi, Tamil, Telugu, Kannada, Malayalam and Urdu, the Gujarati and
// Gurmukhi digits, and that the Hindi "में" ("in") is no May before a year.
func TestSouthAsianDates(t *testing.T) {
	checkFindDates(t, [][2]string{
		{"५ मार्च २०२०", "2020-03-05"},
		{"12 नोव्हेंबर 2020", "2020-11-12"},
		{"5 मे 2020", "2020-05-05"},
		{"૫ માર્ચ ૨૦૨૦", "2020-03-05"},
		{"12 ઑક્ટોબર 2020, 10:30", "2020-10-12T10:30:00"},
		{"੫ ਫ਼ਰਵਰੀ ੨੦੨੦", "2020-02-05"},
		{"12 செப்டம்பர் 2020", "2020-09-12"},
		{"5 ఆగస్టు 2020", "2020-08-05"},
		{"5 ಮಾರ್ಚ್ 2020", "2020-03-05"},
		{"12 ഒക്ടോബർ 2020", "2020-10-12"},
		{"جمعرات 5 مارچ 2020", "2020-03-05"},
		{"۲۱ مئی ۲۰۲۰", "2020-05-21"},
		{"में 2020 के चुनाव", ""},
	})
}
