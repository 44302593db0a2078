package article

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dateCase is a text ParseDate reads, with the Date.String and precision
// it must return; want is "" for a text it must refuse.
type dateCase struct {
	in, want string
	prec     Precision
}

// dateCases are texts ParseDate reads, with the Date.String and precision it
// must return; want is "" for texts it must refuse.
var dateCases = []dateCase{
	// ISO 8601 and RFC 3339.
	{"2024-02-26", "2024-02-26", PrecisionDay},
	{"2024-02", "2024-02", PrecisionMonth},
	{"20240226", "2024-02-26", PrecisionDay},
	{"2023", "2023", PrecisionYear},
	{"2024", "2024", PrecisionYear},
	{"2024/02/26", "2024-02-26", PrecisionDay},
	{"2024-02-26T14:30:00.000Z", "2024-02-26T14:30:00Z", PrecisionMinute},
	{"2024-02-26T14:30:05+01:00", "2024-02-26T14:30:05+01:00", PrecisionSecond},
	{"2024-02-26 14:30:00+0100", "2024-02-26T14:30:00+01:00", PrecisionMinute},
	{"2024-02-26T14:30", "2024-02-26T14:30:00", PrecisionMinute},
	{"2024-02-26T14:30:00-05:00", "2024-02-26T14:30:00-05:00", PrecisionMinute},
	{"2024-02-26T14:30+01", "2024-02-26T14:30:00+01:00", PrecisionMinute},
	{"20240226T143005Z", "2024-02-26T14:30:05Z", PrecisionSecond},
	{"  2024-02-26t14:30:00z ", "2024-02-26T14:30:00Z", PrecisionMinute},
	// HTTP and RSS: RFC 1123, 822, 850, ANSI C.
	{"Mon, 26 Feb 2024 14:30:00 GMT", "2024-02-26T14:30:00Z", PrecisionMinute},
	{"Mon, 26 Feb 2024 14:30:00 +0100", "2024-02-26T14:30:00+01:00", PrecisionMinute},
	{"Tue, 27 Feb 2024 08:00:09 EST", "2024-02-27T08:00:09-05:00", PrecisionSecond},
	{"26 Feb 24 14:30 GMT", "2024-02-26T14:30:00Z", PrecisionMinute},
	{"Monday, 26-Feb-24 14:30:00 GMT", "2024-02-26T14:30:00Z", PrecisionMinute},
	{"Mon Feb 26 14:30:05 2024", "2024-02-26T14:30:05", PrecisionSecond},
	{"Mon Jan  2 15:04:05 MST 2006", "2006-01-02T15:04:05-07:00", PrecisionSecond},
	// Numbers, day first.
	{"26/02/2024", "2024-02-26", PrecisionDay},
	{"26.02.2024", "2024-02-26", PrecisionDay},
	{"26-02-2024", "2024-02-26", PrecisionDay},
	{"26/02/24", "2024-02-26", PrecisionDay},
	{"01/02/99", "1999-02-01", PrecisionDay},
	{"02/26/2024", "2024-02-26", PrecisionDay},
	{"1/3/2024", "2024-03-01", PrecisionDay},
	{"26.02.2024, 14:30 Uhr", "2024-02-26T14:30:00", PrecisionMinute},
	{"26/02/2024 - 14:30 CET", "2024-02-26T14:30:00+01:00", PrecisionMinute},
	// English.
	{"February 26, 2024", "2024-02-26", PrecisionDay},
	{"Feb. 26, 2024", "2024-02-26", PrecisionDay},
	{"Feb 26 2024", "2024-02-26", PrecisionDay},
	{"26 February 2024", "2024-02-26", PrecisionDay},
	{"26th February 2024", "2024-02-26", PrecisionDay},
	{"the 1st of March, 2024", "2024-03-01", PrecisionDay},
	{"April 2023", "2023-04", PrecisionMonth},
	{"Sept. 3, 2024", "2024-09-03", PrecisionDay},
	{"sep 3, 2024", "2024-09-03", PrecisionDay},
	{"Feb '24", "2024-02", PrecisionMonth},
	{"February 26, 2024 at 2:30 p.m. EST", "2024-02-26T14:30:00-05:00", PrecisionMinute},
	{"Feb 26, 2024 12:05am", "2024-02-26T00:05:00", PrecisionMinute},
	{"Updated 10:23 AM EST, Mon February 26, 2024", "2024-02-26T10:23:00-05:00", PrecisionMinute},
	{"Published: Monday, February 26, 2024 14:30 BST", "2024-02-26T14:30:00+01:00", PrecisionMinute},
	{"February 29, 2024", "2024-02-29", PrecisionDay},
	// French.
	{"26 février 2024", "2024-02-26", PrecisionDay},
	{"1er mars 2024", "2024-03-01", PrecisionDay},
	{"lundi 26 février 2024", "2024-02-26", PrecisionDay},
	{"26 févr. 2024", "2024-02-26", PrecisionDay},
	{"26 FÉVRIER 2024", "2024-02-26", PrecisionDay},
	{"26 fevrier 2024", "2024-02-26", PrecisionDay},
	{"26 fe\u0301vrier 2024", "2024-02-26", PrecisionDay},
	{"février 2024", "2024-02", PrecisionMonth},
	{"Publié le 26 février 2024 à 14h30", "2024-02-26T14:30:00", PrecisionMinute},
	{"Mis à jour le 1er mars 2024 à 9 h 05", "2024-03-01T09:05:00", PrecisionMinute},
	{"le 3 sept. 2024 à 14h", "2024-09-03T14:00:00", PrecisionMinute},
	{"mardi 26 décembre 2023, 18 h 45", "2023-12-26T18:45:00", PrecisionMinute},
	{"14h30 le 26 février 2024", "2024-02-26T14:30:00", PrecisionMinute},
	{"Publié le 1ᵉʳ août 2024", "2024-08-01", PrecisionDay},
	// German.
	{"26. Februar 2024", "2024-02-26", PrecisionDay},
	{"1. März 2024", "2024-03-01", PrecisionDay},
	{"Montag, den 26. Februar 2024", "2024-02-26", PrecisionDay},
	{"Montag, 26. Februar 2024 um 14:30 Uhr", "2024-02-26T14:30:00", PrecisionMinute},
	{"Aktualisiert am 26.02.2024, 14.30 Uhr", "2024-02-26T14:30:00", PrecisionMinute},
	{"Mo, 26.02.2024", "2024-02-26", PrecisionDay},
	{"3. Jänner 2024", "2024-01-03", PrecisionDay},
	// Spanish.
	{"26 de febrero de 2024", "2024-02-26", PrecisionDay},
	{"lunes, 26 de febrero de 2024 a las 14:30 h", "2024-02-26T14:30:00", PrecisionMinute},
	{"1 de septiembre de 2024", "2024-09-01", PrecisionDay},
	{"Actualizado el 1º de marzo de 2024", "2024-03-01", PrecisionDay},
	{"febrero de 2024", "2024-02", PrecisionMonth},
	{"26 ene. 2024", "2024-01-26", PrecisionDay},
	// Italian.
	{"26 febbraio 2024", "2024-02-26", PrecisionDay},
	{"lunedì 26 febbraio 2024 alle ore 14.30", "2024-02-26T14:30:00", PrecisionMinute},
	{"1° marzo 2024", "2024-03-01", PrecisionDay},
	{"Pubblicato il 3 ott 2024", "2024-10-03", PrecisionDay},
	{"26 settembre 2024, 09:15", "2024-09-26T09:15:00", PrecisionMinute},
	// Portuguese.
	{"26 de fevereiro de 2024", "2024-02-26", PrecisionDay},
	{"segunda-feira, 26 de fevereiro de 2024 às 14h30", "2024-02-26T14:30:00", PrecisionMinute},
	{"1º de março de 2024", "2024-03-01", PrecisionDay},
	{"26 de outubro de 2024", "2024-10-26", PrecisionDay},
	{"26 out 2024", "2024-10-26", PrecisionDay},
	// Dutch.
	{"26 februari 2024", "2024-02-26", PrecisionDay},
	{"maandag 26 februari 2024 om 14:30 uur", "2024-02-26T14:30:00", PrecisionMinute},
	{"26 mrt. 2024", "2024-03-26", PrecisionDay},
	{"1 mei 2024", "2024-05-01", PrecisionDay},
	{"Bijgewerkt op 26 feb ’24", "2024-02-26", PrecisionDay},
	// Zones.
	{"26 February 2024 14:30 UTC+01:00", "2024-02-26T14:30:00+01:00", PrecisionMinute},
	{"26 February 2024 14:30 GMT+1", "2024-02-26T14:30:00+01:00", PrecisionMinute},
	{"26 February 2024 14:30 GMT-5", "2024-02-26T14:30:00-05:00", PrecisionMinute},
	{"26 February 2024 14:30 PDT", "2024-02-26T14:30:00-07:00", PrecisionMinute},
	{"26 February 2024 14:30 +01:00", "2024-02-26T14:30:00+01:00", PrecisionMinute},
	{"26 February 2024 14:30 Z", "2024-02-26T14:30:00Z", PrecisionMinute},
	{"26 February 2024 14:30 (CET)", "2024-02-26T14:30:00+01:00", PrecisionMinute},
	{"26 February 2024, 14:30:05 CEST", "2024-02-26T14:30:05+02:00", PrecisionSecond},
	{"26 February 2024 14:30 UTC", "2024-02-26T14:30:00Z", PrecisionMinute},
	{"26 February 2024 14:30 utc", "2024-02-26T14:30:00Z", PrecisionMinute},
	{"26 février 2024 14:30 est", "2024-02-26T14:30:00", PrecisionMinute},
	// Refused.
	{"", "", PrecisionNone},
	{"hello", "", PrecisionNone},
	{"en 2024", "", PrecisionNone},
	{"2024 habitants", "", PrecisionNone},
	{"32/01/2024", "", PrecisionNone},
	{"13/13/2024", "", PrecisionNone},
	{"31/04/2024", "", PrecisionNone},
	{"2024-13-01", "", PrecisionNone},
	{"30 février 2024", "", PrecisionNone},
	{"29 février 2023", "", PrecisionNone},
	{"Feb 30, 2024", "", PrecisionNone},
	{"1899-12-31", "", PrecisionNone},
	{"1 janvier 2101", "", PrecisionNone},
	{"le 26", "", PrecisionNone},
	{"26 février", "", PrecisionNone},
	{"le 26 à 14h", "", PrecisionNone},
	{"14:30", "", PrecisionNone},
	{"12 000 habitants", "", PrecisionNone},
	{"01 23 45 67 89", "", PrecisionNone},
	{"01.23.45.67.89", "", PrecisionNone},
	{"version 2.0.24", "", PrecisionNone},
	{"v1.2.24", "", PrecisionNone},
	{"out 2024", "", PrecisionNone},
	{"26 Feb 24 personnes", "", PrecisionNone},
	{"26/02/2024 12345", "", PrecisionNone},
	{"2024-02-26T25:00:00Z", "", PrecisionNone},
	{"Publié le 26/02/2024 à 14:30 (mis à jour à 15:12)", "", PrecisionNone},
	{"The 2011-12 season", "", PrecisionNone},
	{"26.02.2024 14:30:60", "", PrecisionNone},
	{"26 février 2024 14:30 +15:00", "", PrecisionNone},
	{"Le conseil municipal a voté le budget le 26 février 2024 après un long débat", "", PrecisionNone},
}

// TestParseDate reads every text of dateCases.
func TestParseDate(t *testing.T) { checkParseDate(t, dateCases) }

// checkParseDate reads each case's text and checks the date, its
// precision and its raw text, or that nothing is read.
func checkParseDate(t *testing.T, cases []dateCase) {
	for _, c := range cases {
		d, ok := ParseDate(c.in)
		if c.want == "" {
			assert.False(t, ok, "%q read as %s", c.in, d)
			continue
		}
		if assert.True(t, ok, "%q", c.in) {
			assert.Equal(t, c.want, d.String(), "%q", c.in)
			assert.Equal(t, c.prec, d.Precision, "%q", c.in)
			assert.Equal(t, strings.TrimSpace(c.in), d.Raw, "%q", c.in)
		}
	}
}

// TestParseDateLocal checks the location of times with and without a zone.
func TestParseDateLocal(t *testing.T) {
	d, ok := ParseDate("Publié le 26 février 2024 à 14h30")
	require.True(t, ok)
	assert.True(t, d.Local)
	assert.Equal(t, time.UTC, d.Time.Location())
	d, ok = ParseDate("2024-02-26T14:30:00+05:30")
	require.True(t, ok)
	assert.False(t, d.Local)
	_, off := d.Time.Zone()
	assert.Equal(t, 5*3600+30*60, off)
}

// findCases are texts FindDate searches, with the date it must find and the
// text of its span; want is "" when there is none.
var findCases = []struct {
	in, want, span string
}{
	{"Publié le 26 février 2024 à 14h30, mis à jour le 1er mars 2024",
		"2024-02-26T14:30:00", "26 février 2024 à 14h30"},
	{"Le sommet, prévu depuis 2019, s'est tenu le lundi 26 février 2024 à Paris.",
		"2024-02-26", "lundi 26 février 2024"},
	{"Posted on 2024-02-26T14:30:00Z by admin", "2024-02-26T14:30:00Z", "2024-02-26T14:30:00Z"},
	{"La version 2.0.24 est sortie le 1er mars 2024.", "2024-03-01", "1er mars 2024"},
	{"Du 26-27 février 2024, 300 personnes", "2024-02-27", "27 février 2024"},
	{"\xff\xfe26 février 2024\xff", "2024-02-26", "26 février 2024"},
	{"Les saisons 2011-12 et 2023-24 furent longues.", "", ""},
	{"/monde/2024/02/26/12345-sommet", "2024-02-26", "2024/02/26"},
	{"IP 10.1.12.2024 et 1.2.3.4", "", ""},
	{"Il y a 12 000 habitants, 3 écoles et le 01 23 45 67 89.", "", ""},
	{"Réunion de 9h à 12h le 26 février 2024.", "2024-02-26T12:00:00", "12h le 26 février 2024"},
}

// TestFindDate searches every text of findCases.
func TestFindDate(t *testing.T) {
	for _, c := range findCases {
		d, start, end, ok := FindDate(c.in)
		assert.Equal(t, c.want != "", ok, "%q", c.in)
		assert.Equal(t, c.want, d.String(), "%q", c.in)
		assert.Equal(t, c.span, c.in[start:end], "%q", c.in)
		assert.Equal(t, c.span, d.Raw, "%q", c.in)
	}
}

// TestFindDateLongInput checks that long texts are searched to the end and
// that ParseDate refuses them.
func TestFindDateLongInput(t *testing.T) {
	junk := strings.Repeat("1 26. 2024-02 févr. lundi 14:30 \xff ", 5000)
	d, start, end, ok := FindDate(junk + "le 3 mars 2024")
	require.True(t, ok)
	assert.Equal(t, "2024-03-03", d.String())
	assert.Equal(t, len(junk)+3, start)
	assert.Equal(t, len(junk)+14, end)
	_, ok = ParseDate("26 février 2024" + strings.Repeat(" ", 600) + "x")
	assert.False(t, ok)
}

// TestDateWords checks that every word of the index is folded as the lexer
// folds text, and that no language's month name means another month in
// another language.
func TestDateWords(t *testing.T) {
	for w := range dateWords {
		tok := lexDate(w, 0)
		assert.True(t, tok.kind == dtWord && tok.end == len(w) && tok.isWord(w), "%q", w)
		assert.LessOrEqual(t, len(w), maxDateWord, w)
	}
	for tag, l := range dateLangs {
		for i, names := range l.months {
			for _, w := range names {
				tok := lexDate(w, 0)
				assert.Equal(t, len(w), tok.end, "%s %s", tag, w)
				assert.Equal(t, int8(i+1), tok.info.month, "%s %s", tag, w)
			}
		}
		for _, names := range l.weekdays {
			for _, w := range names {
				assert.True(t, lexDate(w, 0).is(roleWeekday), "%s %s", tag, w)
			}
		}
	}
}

// FuzzParseDate checks that ParseDate and FindDate never panic, that spans
// lie inside the text and that what they read writes back and reads again.
func FuzzParseDate(f *testing.F) {
	for _, c := range dateCases {
		f.Add(c.in)
	}
	for _, c := range findCases {
		f.Add(c.in)
	}
	for _, c := range worldDateCases {
		f.Add(c.in)
	}
	for _, c := range worldFindCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := ParseDate(s); ok {
			checkDateRoundTrip(t, d)
		}
		d, start, end, ok := FindDate(s)
		require.True(t, 0 <= start && start <= end && end <= len(s))
		if ok {
			require.Equal(t, s[start:end], d.Raw)
			checkDateRoundTrip(t, d)
		}
	})
}

// checkDateRoundTrip checks that the String form of d reads back, through
// UnmarshalJSON and through ParseDate, as the same date.
func checkDateRoundTrip(t *testing.T, d Date) {
	s := d.String()
	require.NotEmpty(t, s)
	b, err := json.Marshal(s)
	require.NoError(t, err)
	var back Date
	require.NoError(t, back.UnmarshalJSON(b))
	require.Equal(t, s, back.String())
	require.Equal(t, d.Precision, back.Precision, s)
	require.Equal(t, d.Local, back.Local, s)
	again, ok := ParseDate(s)
	require.True(t, ok, s)
	require.Equal(t, s, again.String())
}

// benchParagraph is about 2 KB of French news text with one date in it.
var benchParagraph = strings.Repeat("Soutenu par Microsoft, le français Mistral lance une IA conversationnelle. "+
	"Moins d'un an après sa création, l'un des deux leaders européens en matière d'intelligence "+
	"artificielle a annoncé un partenariat fructueux avec 3 géants et 12 000 clients. ", 8) +
	"La présentation a eu lieu le lundi 26 février 2024 à 14h30 à Paris, devant la presse."

// BenchmarkFindDate searches a 2 KB French paragraph with one date.
func BenchmarkFindDate(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchParagraph)))
	for b.Loop() {
		if _, _, _, ok := FindDate(benchParagraph); !ok {
			b.Fatal("no date found")
		}
	}
}
