package article

import (
	"strings"
	"testing"
)

// TestAuthorsSignature checks the signature that ends an article with no
// byline: a name of its own in bold or italics after the text, or
// aligned right before the notes, and the pages where such a paragraph
// is not one.
func TestAuthorsSignature(t *testing.T) {
	prose := `<p>` + strings.Repeat("Die Mannschaft spielte stark und gewann das Derby verdient. ", 5) + `</p>`
	cases := []authorCase{
		{"name in bold italics ending the text", ``,
			`<h1>Derby gewonnen</h1><div class="text">` + prose + `<p><b><i>Stefan Berger</i></b></p></div>`,
			[]string{"Stefan Berger"}},
		{"name aligned right before the notes", ``,
			`<h1>Derby gewonnen</h1><div>` + prose + `<p align="right"><em>Anna Weber</em></p><p>(1) Die Zahlen stammen vom Verband.</p></div>`,
			[]string{"Anna Weber"}},
		{"name in bold with text after it", ``,
			`<h1>Derby gewonnen</h1><div>` + prose + `<p><b>Anna Weber</b></p><p>Sie spielt seit zehn Jahren im Verein.</p></div>`,
			nil},
		{"several signed texts", ``,
			`<h1>Derby gewonnen</h1><div>` + prose + `<p><b>Anna Weber</b></p></div><div>` + prose + `<p><b>Stefan Berger</b></p></div>`,
			nil},
		{"a product in bold", ``,
			`<h1>Derby gewonnen</h1><div>` + prose + `<p><b>Golden Boot</b></p></div>`,
			nil},
	}
	checkAuthorCases(t, "https://www.example.de/derby", cases)
}
