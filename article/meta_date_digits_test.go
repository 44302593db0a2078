package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateLineDigits checks that a date line written in the digits of
// another script than Latin is read as its Latin twin is: Arabic-Indic,
// Persian, Devanagari, Bengali and Thai digits, the last two dates in the
// Solar Hijri calendar and the Buddhist era.
func TestDateLineDigits(t *testing.T) {
	for _, c := range []struct{ lang, line, want string }{
		{"ar", "نشر في: الخميس ٥ مارس ٢٠٢٠", "2020-03-05"},
		{"hi", "प्रकाशित: शुक्रवार, २७ नवंबर २०२६", "2026-11-27"},
		{"bn", "প্রকাশিত: ২৭ নভেম্বর ২০২৬", "2026-11-27"},
		{"fa", "تاریخ انتشار: پنجشنبه ۱۵ اسفند ۱۳۹۸ - ۱۴:۳۰", "2020-03-05T14:30:00"},
		{"th", "เผยแพร่: ๕ มี.ค. ๒๕๖๓", "2020-03-05"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			page := `<html lang="` + c.lang + `"><head><title>A story of the day</title></head><body><article>
				<h1>A story of the day</h1><p class="byline">` + c.line + `</p>` + intlBody + `</article></body></html>`
			a, _ := parseHTMLString(t, page, "https://news.example/"+c.lang+"/story")
			require.NotNil(t, a.Published)
			assert.Equal(t, c.want, a.Published.String())
		})
	}
}
