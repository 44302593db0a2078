package article

import "testing"

// TestAuthorsLicenceCredit checks that the maker a Creative Commons credit
// names ("Bricks by Jane Doe, licensed under CC BY") is not read as the
// byline, and that the byline beside it is.
func TestAuthorsLicenceCredit(t *testing.T) {
	text := `<p>Les laboratoires publics attendent depuis des années une réforme de leur évaluation par les pairs.</p>`
	credit := `<p>Image : <a href="https://www.example.net/photos/41780">Des briques</a> by <a href="https://www.example.net/photos/nb/">Nina Brock,</a>` +
		` en licence <a href="https://creativecommons.org/licenses/by/2.0/">CC BY</a></p>`
	cases := []authorCase{
		{"credit and byline", ``, `<h1>La recherche autonome</h1><div class="entry-meta"><span class="author vcard"><a class="url fn n" href="/author/pl">Paul Lemaire</a></span></div>` +
			text + credit, []string{"Paul Lemaire"}},
		{"credit alone", ``, `<h1>La recherche autonome</h1>` + text + credit, nil},
	}
	checkAuthorCases(t, "https://www.example.org/1927", cases)
}
