package article

import "testing"

// TestAuthorsPageControls checks that the page's own controls and labels
// standing where a byline may are not taken for names: a skip link under
// the headline, the login link of an account menu, the label of an
// advertisement among the posts of a thread, and a picture label.
func TestAuthorsPageControls(t *testing.T) {
	body := `<p>The city plans its parks for decades, and the budget follows the plans it makes each year.</p>`
	cases := []authorCase{
		{"skip link under the headline", ``,
			`<h1>Parks for the city</h1><a href="#content" class="skip">Skip Navigation</a><p>March 3, 2024</p>` + body,
			nil},
		{"login link of the account menu", ``,
			`<h1>Parks for the city</h1>` + body + `<div class="panel"><h2>User</h2><ul id="username"><li><a href="/parks?action=login">Login</a></li></ul></div>`,
			nil},
		{"advertisement among the posts", ``,
			`<h1>Parks for the city</h1><div class="post"><p class="author">von Gesponserte Inhalte</p></div>` + body,
			nil},
		{"picture label in a byline box", ``,
			`<h1>Parks for the city</h1><p class="author">Bild</p>` + body,
			nil},
	}
	checkAuthorCases(t, "https://www.example.org/post", cases)
}
