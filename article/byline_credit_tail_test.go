package article

import "testing"

// TestAuthorsCreditTail checks the place or publication cut from a
// byline written in title case or in capitals.
func TestAuthorsCreditTail(t *testing.T) {
	body := `<p>The city plans its parks for decades, and the budget follows the plans it makes every year.</p>`
	cases := []authorCase{
		{"place in title case", ``,
			`<h1>Parks for the city</h1><p class="meta">By Jane Doe In Washington</p>` + body,
			[]string{"Jane Doe"}},
		{"publication in capitals", ``,
			`<h1>Parks for the city</h1><p class="meta">By JANE DOE FOR THE DAILY POST</p>` + body,
			[]string{"JANE DOE"}},
		{"two names and the publication", ``,
			`<h1>Parks for the city</h1><p class="meta">By Jane Doe And John Roe For The Daily Post</p>` + body,
			[]string{"Jane Doe", "John Roe"}},
	}
	checkAuthorCases(t, "https://www.example.org/post", cases)
}
