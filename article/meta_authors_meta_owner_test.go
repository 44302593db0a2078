package article

import "testing"

// TestAuthorsMetaOwner checks the printed byline that wins over a <meta
// name=author> tag naming the site's owner or a phrase, where the page
// prints no explicit byline of its own (peopleOverOrgs).
func TestAuthorsMetaOwner(t *testing.T) {
	body := `<h1>Parks for the city</h1><p>The city plans its parks for decades, and the budget follows the plans it makes.</p><p><a href="/authors/jose-lima">Jose Lima</a></p><p>3 March 2024</p>`
	cases := []authorCase{
		{"tag repeats the copyright holder",
			`<meta name="author" content="Kettle &amp; Crane"><meta name="copyright" content="2016 Kettle &amp; Crane">`,
			body, []string{"Jose Lima"}},
		{"tag holds a phrase in lower case",
			`<meta name="author" content="your city bloggers">`,
			body, []string{"Jose Lima"}},
	}
	checkAuthorCases(t, "https://www.example.org/post", cases)
}
