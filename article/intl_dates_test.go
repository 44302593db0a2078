package article

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestIntlModifiedLabels checks that the update printed beside the
// publication ("modifica il", "изменено") is told from it.
func TestIntlModifiedLabels(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "Italian update in brackets",
			header: `<p class="date">12 marzo 2024 (modifica il 13 marzo 2024 | 09:00)</p>`,
			pub:    "2024-03-12", mod: "2024-03-13T09:00:00"},
		{name: "Russian update after the date",
			header: `<p class="date">12 марта 2024, 14:30 (изменено: 13 марта 2024, 09:00)</p>`,
			pub:    "2024-03-12T14:30:00", mod: "2024-03-13T09:00:00"},
	})
}

// assertLangPublished parses a story in the language lang whose JSON-LD
// gives the publication time pub, with header under its headline, read
// from url, and checks its publication date.
func assertLangPublished(t *testing.T, lang, pub, header, url, want string) {
	t.Helper()
	page := `<html lang="` + lang + `"><head>` + ld("NewsArticle", pub, "") +
		`</head><body><article><h1>A headline of some length</h1>` + header + intlBody + `</article></body></html>`
	a, _ := parseHTMLString(t, page, url)
	if assert.NotNil(t, a.Published) {
		assert.Equal(t, want, a.Published.String())
	}
}

// TestPrintedLocalDay checks that a story given in UTC near midnight by
// its JSON-LD is dated by the day its date line prints, when the clock of
// the page's language agrees.
func TestPrintedLocalDay(t *testing.T) {
	cases := []struct{ name, lang, pub, printed, want string }{
		{"Berlin after midnight", "de", "2024-03-11T23:30:00Z", "12.03.2024", "2024-03-12"},
		{"Moscow after midnight", "ru", "2024-03-11T21:30:00Z", "Вторник, 12 марта 2024", "2024-03-12"},
		{"Mexico City in the evening", "es-MX", "2024-03-13T03:00:00Z", "12 de marzo de 2024", "2024-03-12"},
		{"Tokyo in the morning", "ja", "2024-03-11T20:00:00Z", "2024年3月12日", "2024-03-12"},
		{"a day the clock does not give", "de", "2024-03-11T13:00:00Z", "12.03.2024", "2024-03-11T13:00:00Z"},
		{"a language of many clocks", "en", "2024-03-11T23:30:00Z", "12 March 2024", "2024-03-11T23:30:00Z"},
		{"the same day keeps the time", "de", "2024-03-12T10:00:00Z", "12.03.2024", "2024-03-12T10:00:00Z"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertLangPublished(t, tc.lang, tc.pub, `<p class="date">`+tc.printed+`</p>`, "", tc.want)
		})
	}
}

// TestLangZoneDay checks that a story dated only by a UTC time in its
// metadata is given on the clock of its language, when that language is
// spoken on one clock.
func TestLangZoneDay(t *testing.T) {
	cases := []struct{ name, lang, pub, url, want string }{
		{"Tokyo after midnight", "ja", "2024-03-11T16:00:00Z", "", "2024-03-12T01:00:00+09:00"},
		{"São Paulo in the evening", "pt-BR", "2024-03-13T01:00:00Z", "", "2024-03-12T22:00:00-03:00"},
		{"Berlin in summer", "de-DE", "2024-07-11T22:30:00Z", "", "2024-07-12T00:30:00+02:00"},
		{"Berlin in winter", "de", "2024-01-11T22:30:00Z", "", "2024-01-11T23:30:00+01:00"},
		{"Moscow", "ru", "2024-03-11T21:30:00Z", "", "2024-03-12T00:30:00+03:00"},
		{"English is spoken on many clocks", "en", "2024-03-11T23:30:00Z", "", "2024-03-11T23:30:00Z"},
		{"Spanish without its region", "es", "2024-03-13T03:00:00Z", "", "2024-03-13T03:00:00Z"},
		{"the address gives the day", "de", "2024-03-11T23:30:00Z", "https://zeitung.example/2024/03/11/koalition.html",
			"2024-03-11T23:30:00Z"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertLangPublished(t, tc.lang, tc.pub, "", tc.url, tc.want)
		})
	}
}

// TestEuropeanSummerTime checks the first and last moments of the
// European summer time.
func TestEuropeanSummerTime(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	assert.False(t, euSummerTime(at("2024-03-31T00:59:00Z")))
	assert.True(t, euSummerTime(at("2024-03-31T01:00:00Z")))
	assert.True(t, euSummerTime(at("2024-10-27T00:59:00Z")))
	assert.False(t, euSummerTime(at("2024-10-27T01:00:00Z")))
	assert.True(t, euSummerTime(at("2025-03-30T01:00:00Z")))
	assert.False(t, euSummerTime(at("2025-03-29T12:00:00Z")))
}
