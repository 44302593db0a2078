package article

import "testing"

// TestDateHeadingAnItem checks that a date followed by a colon, the source
// of a quotation or an item of a chronology, is no date line, while a time
// after a colon still is one.
func TestDateHeadingAnItem(t *testing.T) {
	checkDatePick(t, []datePickCase{
		{name: "the source of a quotation",
			head:   ld("Article", "2021-11-12T13:00:00+01:00", ""),
			header: `<p><strong>Encyclical letter, 25 December 2005:</strong></p>`,
			pub:    "2021-11-12T13:00:00+01:00"},
		{name: "an earlier date line still wins",
			head:   ld("Article", "2021-11-12T13:00:00+01:00", ""),
			header: `<p>25 December 2005</p>`,
			pub:    "2005-12-25"},
	})
}
