package article

import "testing"

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
