package article

import "testing"

// handleBody is the text of the test pages of this file, signed at its
// end by the name given.
func handleBody(signature string) string {
	return `<h1>Gemeinderat beschließt neuen Radweg</h1>` +
		`<p>Der Gemeinderat hat am Dienstagabend mit großer Mehrheit den Bau eines Radwegs entlang der Landstraße beschlossen.</p>` +
		`<p>Die Arbeiten sollen im Frühjahr beginnen und vor den Sommerferien abgeschlossen sein, teilte die Verwaltung mit. ` + signature + `</p>`
}

// TestAuthorsPrintedHandleName checks that a JSON-LD author given as an
// account name yields to the name the page signs the story with, when
// that name spells the account name, and only then.
func TestAuthorsPrintedHandleName(t *testing.T) {
	cases := []authorCase{
		{"the signature spells the login", ldAuthorHead("Person", "anna.weber"), handleBody("(Anna M. Weber)"), []string{"Anna M. Weber"}},
		{"an underscore in the login", ldAuthorHead("Person", "anna_weber"), handleBody("Anna Weber."), []string{"Anna Weber"}},
		{"no printed name keeps the login", ldAuthorHead("Person", "anna.weber"), handleBody(""), []string{"anna.weber"}},
		{"another person printed keeps the login", ldAuthorHead("Person", "anna.weber"), handleBody("(Max Weber)"), []string{"anna.weber"}},
		{"a login in capitals is kept as written", ldAuthorHead("Person", "Anna.Weber"), handleBody("(Anna Weber)"), []string{"Anna.Weber"}},
	}
	checkAuthorCases(t, "https://www.example.de/lokales/radweg", cases)
}
