package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The cases of this file check lines that a near-exact body used to miss
// or to add: a section heading set at the rank of its first part's, a
// line that introduces a list with a date in it, a sub-heading in one of
// the classless wrappers an editor puts around every block, a button
// between two paragraphs, and a phone number set apart. Each page is
// parseEdgePage's article with the markup of the case.

func TestBodyNearExactLines(t *testing.T) {
	const (
		wrapped = `<div data-block="text"><p><strong>Night buses</strong></p></div>` +
			`<div data-block="text"><p>The night buses will run every twenty minutes on the new lanes from May, the council said, and the first buses will stop at every station of the old line.</p></div>`
		bare = `<div><p><strong>Night buses</strong></p></div>` +
			`<div><p>The night buses will run every twenty minutes on the new lanes from May, the council said, and the first buses will stop at every station of the old line.</p></div>`
	)
	cases := []struct {
		name, middle, gone, kept string
	}{
		{"heading paired with its first part's", `<h2>4. Safer crossings</h2><h2>a. What the study found</h2>` +
			`<p>The study found that most accidents happen at the four largest crossings of the city.</p>`, "", "4. Safer crossings"},
		{"first of a run of headings", `<h2>Timeline</h2><h2>Phase one</h2><h2>Phase two</h2>` +
			`<p>The study found that most accidents happen at the four largest crossings of the city.</p>`, "Timeline", "Phase two"},
		{"dated line before a list", `<p>As of July 31, 2025, the council had received:</p>` +
			`<ul><li>605 letters in favour of the plan.</li><li>545 letters against the plan.</li></ul>`, "", "As of July 31, 2025"},
		{"dateline", `<p>Last updated: July 31, 2025</p>`, "Last updated", ""},
		{"sub-heading in a classless wrapper", wrapped, "", "Night buses"},
		{"sub-heading in a bare div", bare, "Night buses", ""},
		{"lone button", `<p>Learn more</p>`, "Learn more", ""},
		{"phone number", `<p>Phone number: 615 555 0100</p>`, "615 555 0100", ""},
		{"phone number in a sentence", `<p>Residents can call the council at (212) 555-0147 to comment on the plan.</p>`, "", "(212) 555-0147"},
		{"a button under each box", `<p>Day pass: 5 euros for a day of unlimited rides.</p><p>Get started</p>` +
			`<p>Month pass: 40 euros for a month of unlimited rides.</p><p>Get started</p>`, "", "Get started"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assertGoneKept(t, parseEdgePage(t, "", tc.middle, ""), tc.gone, tc.kept)
		})
	}
}

func TestPhoneLine(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"(212) 555-0147", true},
		{"+33 1 23 45 67 89", true},
		{"Call us: 020 7946 0958", true},
		{"2019 - 2024", false},
		{"10:30 - 12:00", false},
		{"Room 212, 555 Main Street", false},
		{"We asked 1,200 of our 3,400 readers", false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, phoneLine(tc.s), tc.s)
	}
}
