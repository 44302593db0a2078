package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAuthorsCopyrightHolder checks the personal site whose footer
// claims the copyright for the person its address spells, and the
// company that holds the copyright of another.
func TestAuthorsCopyrightHolder(t *testing.T) {
	body := `<h1>Notes on a slow build</h1><p>The build got slower every month, and the reasons were never where we looked first.</p>`
	checkAuthorCases(t, "https://janeroth.net/blog/slow-build", []authorCase{
		{"person of the address", ``,
			body + `<footer><p>Copyright (c) 2012- Jane Roth. All rights reserved.</p></footer>`,
			[]string{"Jane Roth"}},
		{"company", ``,
			body + `<footer><p>© 2024 Roth Media GmbH</p></footer>`,
			nil},
	})
	checkAuthorCases(t, "https://notes.example/blog/slow-build", []authorCase{
		{"person another address does not spell", ``,
			body + `<footer><p>© 2024 Jane Roth</p></footer>`,
			nil},
	})
}

// TestAfterCopyrightMarkPlain checks afterCopyrightMark, which lets most
// lines go before lower-casing them, against the plain reading that
// lower-cases every line.
func TestAfterCopyrightMarkPlain(t *testing.T) {
	plain := func(line string) (string, bool) {
		lower := strings.ToLower(line)
		for _, m := range copyrightMarks {
			if i := strings.Index(lower, m); i >= 0 && (m == "©" || i == 0) {
				return line[i+len(m):], true
			}
		}
		return "", false
	}
	for _, line := range []string{"", "c", "C", "(", "(C) 2020 Jane Roth", "(c)", "COPYRIGHT 2024 Acme",
		"Copyright", "copy", "All rights reserved © Acme", "Acme ©", "© 2024 Jane Roth", "\u212aopyright",
		"\u00c9dition (c) Acme", "Jane Roth (c) 2024", "about the copyright", "\xff copyright", "©"} {
		want, wantOK := plain(line)
		got, ok := afterCopyrightMark(line)
		assert.Equal(t, wantOK, ok, line)
		assert.Equal(t, want, got, line)
	}
}

// A capital whose lower case is longer, before the mark, once cut the line
// past its end.
func TestCopyrightLineLowerCaseLonger(t *testing.T) {
	assert.NotPanics(t, func() { holderOf("ȺȺȺȺ ©") })
	after, ok := afterCopyrightMark("ȺȺȺȺ © Jane Roe")
	assert.True(t, ok)
	assert.Equal(t, " Jane Roe", after)
}
