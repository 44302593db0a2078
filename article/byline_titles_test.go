package article

import "testing"

// TestAuthorsProfessionTitle checks a byline whose name follows a
// professional title printed apart, and the "Artikel von" label.
func TestAuthorsProfessionTitle(t *testing.T) {
	body := `<p>Die Stadt plant ihre Parks langfristig, und der Haushalt folgt den Plänen, die sie macht.</p>`
	cases := []authorCase{
		{"title linked apart after Autor", ``,
			`<h1>Parks für die Stadt</h1>` + body + `<div>Autor: <a href="/anwaelte/">Rechtsanwalt</a> Jonas Keller</div>`,
			[]string{"Jonas Keller"}},
		{"title in the same text", ``,
			`<h1>Parks für die Stadt</h1><p>Von Rechtsanwältin Anna Weber</p>` + body,
			[]string{"Anna Weber"}},
		{"Artikel von as a label", ``,
			`<h1>Parks für die Stadt</h1><ul class="article-authors"><li>Artikel von:</li><li><address>Anna Weber</address></li></ul>` + body,
			[]string{"Anna Weber"}},
	}
	checkAuthorCases(t, "https://www.example.de/parks", cases)
}
