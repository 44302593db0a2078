package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHeadingPhrases checks that a heading or a list item whose words
// are capitalised common words is no name, while a name made of common
// words that the text cites, heads with an article or writes with its
// acronym is kept.
func TestHeadingPhrases(t *testing.T) {
	text := "Travel Guide\n\n" +
		"Flight Delays or Cancellations\n\n" +
		"If your plane is late, the insurer pays for a hotel near the airport.\n\n" +
		"Understanding Lead Quality Differences\n\n" +
		"Storage Wizard: frees disk space on every Marlow laptop.\n\n" +
		"Mapped Types - Creating types by mapping each property of another type\n\n" +
		"The Velvet Orchard reviewed the Corvane Moving Company last week.\n\n" +
		"Silver Harbor Partners (NASDAQ:SHP)\n\n" +
		"Platform\tAverage Cost per Click\tPotential Lead Quality\n" +
		"Trovio\t$0.50\tGood\n"
	kinds := recognizedKinds(t, "en", text)
	for _, junk := range []string{"Flight Delays", "Understanding Lead Quality", "Storage Wizard", "Mapped Types",
		"Average Cost", "Potential Lead"} {
		assert.NotContains(t, kinds, junk, "%v", kinds)
	}
	for _, name := range []string{"The Velvet Orchard", "Silver Harbor Partners"} {
		assert.Contains(t, kinds, name, "%v", kinds)
	}
}

// TestHeadingTail checks what may follow a heading on its line.
func TestHeadingTail(t *testing.T) {
	cases := []struct {
		text, head string
		want       bool
	}{
		{"Flight Delays or Cancellations\nNext", "Flight Delays", true},
		{"Stories: Employ product stickers in every post you make this week.", "Stories", true},
		{"Mapped Types - Creating types by mapping each property of another type", "Mapped Types", true},
		{"Average Time – the time users spend on the platform per session", "Average Time", true},
		{"Average Time -5 points on the scale of the whole survey", "Average Time", false},
		{"Zoom Communications (NASDAQ:ZM)\t$26.6 billion", "Zoom Communications", false},
		{"Green Tea helps.", "Green Tea", false},
		{"Travel Tips for the whole family to enjoy on a long trip", "Travel Tips", false},
	}
	for _, c := range cases {
		_, ok := headingTail(c.text, len(c.head))
		assert.Equal(t, c.want, ok, c.text)
	}
}

// TestOpensLine checks that only marks and numbers may come before a
// heading on its line.
func TestOpensLine(t *testing.T) {
	for text, want := range map[string]bool{
		"Intro\n4. Naming Rules":  true,
		"Naming Rules":            true,
		"Intro\nSee Naming Rules": false,
	} {
		assert.Equal(t, want, opensLine(text, len(text)-len("Naming Rules")), text)
	}
}

// TestOpensCell checks that a mention after a tab opens a table cell.
func TestOpensCell(t *testing.T) {
	for text, want := range map[string]bool{
		"Platform\tAverage Cost":  true,
		"Platform\t Average Cost": true,
		"Platform Average Cost":   false,
		"Average Cost":            false,
	} {
		assert.Equal(t, want, opensCell(text, len(text)-len("Average Cost")), text)
	}
}
