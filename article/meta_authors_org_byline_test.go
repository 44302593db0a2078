package article

import (
	"strings"
	"testing"
)

// TestAuthorsPeopleOverOrgs checks that the one explicit byline a page
// prints wins over an author tag that names the publisher, and that an
// author tag naming a person keeps its place.
func TestAuthorsPeopleOverOrgs(t *testing.T) {
	pub := `<meta name="publisher" content="Radio Meridien (www.example.org)">`
	para := `<p>Les paysans de la région voient leurs champs dévastés chaque saison, et les troupeaux ne cessent de grandir.</p>`
	body := `<h1>Les éléphants quittent la forêt classée</h1>` + strings.Repeat(para, 8) +
		`<div class="longText"><p>Auteur : Kossi Mensah</p><p>Édition : Marie Lebrun</p></div>`
	cases := []authorCase{
		{"the publisher as author", pub + `<meta name="author" content="Radio Meridien (www.example.org)">`, body, []string{"Kossi Mensah"}},
		{"a person as author", pub + `<meta name="author" content="Paul Girard">`, body, []string{"Paul Girard"}},
	}
	checkAuthorCases(t, "https://www.example.org/fr/elephants", cases)
}
