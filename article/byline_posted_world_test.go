package article

import "testing"

// TestAuthorsPostedWorld checks the posting verbs and the text-and-
// pictures credits of the languages without an extension.
func TestAuthorsPostedWorld(t *testing.T) {
	body := `<p>La ciudad planifica sus parques a largo plazo y el presupuesto sigue los planes que hace.</p>`
	cases := []authorCase{
		{"Spanish posting verb", ``,
			`<h1>Parques para la ciudad</h1><p class="meta">Publicado por María García</p>` + body,
			[]string{"María García"}},
		{"Italian story credit", ``,
			`<h1>Parchi per la città</h1><p class="meta">Servizio di Mario Rossi</p>` + body,
			[]string{"Mario Rossi"}},
		{"French article credit", ``,
			`<h1>Des parcs pour la ville</h1><p class="meta">Un article de Claire Dubois</p>` + body,
			[]string{"Claire Dubois"}},
		{"Dutch own reporter", ``,
			`<h1>Parken voor de stad</h1><p class="meta">Van onze verslaggever Jan de Vries</p>` + body,
			[]string{"Jan de Vries"}},
		{"German text and pictures", ``,
			`<h1>Parks für die Stadt</h1><p class="meta">Text &amp; Fotos: Anna Weber</p>` + body,
			[]string{"Anna Weber"}},
	}
	checkAuthorCases(t, "https://www.example.org/post", cases)
}
