package article_test

import "testing"

// TestQuoteTitleSurname checks that a surname which is also a word of
// title ("Baker", "King") names the person the text wrote in full, while
// the same word after an article stays a role that names nobody.
func TestQuoteTitleSurname(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"baker", "Lina Baker, a midwife in Halden, sees the gap every week. “Access to care is the first issue,” Baker said.", "Lina Baker"},
		{"king before cue", "Tessa King, the co-host, asked the voters. “I keep hearing that,” said King.", "Tessa King"},
		{"role", "Tessa King met the old monarch. “We will not bow,” the King said.", ""},
	})
}
