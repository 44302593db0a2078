package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVietnameseDates checks the Vietnamese month written as its number
// after "tháng", with "năm" before the year and a time before the date.
func TestVietnameseDates(t *testing.T) {
	checkFindDates(t, [][2]string{
		{"27 tháng 11 năm 2026", "2026-11-27"},
		{"ngày 27 tháng 11 năm 2026", "2026-11-27"},
		{"27 Tháng 11, 2026", "2026-11-27"},
		{"5 thg 2, 2026", "2026-02-05"},
		{"Cập nhật lúc 10:30 ngày 27 tháng 11 năm 2026", "2026-11-27T10:30:00"},
		{"27 tháng 13 năm 2026", ""},
		{"tháng 11 năm 2026 có 30 ngày", ""},
	})
}

// TestVietnamesePageDate checks the date line of a Vietnamese story with
// no date in its metadata.
func TestVietnamesePageDate(t *testing.T) {
	page := `<html lang="vi"><head><title>Giá xăng giảm lần thứ ba liên tiếp</title></head><body><article>
		<h1>Giá xăng giảm lần thứ ba liên tiếp</h1>
		<p class="date">Thứ Sáu, 27 Tháng 11, 2026</p>` + intlBody + `</article></body></html>`
	a, _ := parseHTMLString(t, page, "https://news.example/vi/story")
	require.NotNil(t, a.Published)
	assert.Equal(t, "2026-11-27", a.Published.String())
}
