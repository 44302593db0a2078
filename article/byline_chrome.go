package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file keeps the page's own controls out of the bylines: the
// account links of a site's menu ("Login", "Anmelden"), the label of an
// advertisement placed among the posts of a thread ("Sponsored content",
// "Gesponserte Inhalte") and the link that jumps to the text ("Skip
// Navigation"). Each sits where a byline may ("User: Login", "von
// Gesponserte Inhalte", a line of two capitalised words under the
// headline) and names no one. So does the label of a picture credit
// read alone ("Bild © Jane Doe/Acme" in a box marked as a byline).

// chromeNotAuthors are the controls (account links; share, print and
// search buttons), advertisement labels and picture labels that a byline
// reader could take for a name, folded to lower case.
var chromeNotAuthors = []string{
	"login", "log in", "sign in", "signin", "logout", "log out", "register", "anmelden", "einloggen",
	"abmelden", "registrieren", "connexion", "se connecter", "iniciar sesión", "acceder", "accedi",
	"entrar", "inloggen", "zaloguj", "zaloguj się",
	"sponsored", "sponsored content", "gesponserte inhalte", "gesponsert", "anzeige", "werbung",
	"contenu sponsorisé", "contenido patrocinado", "contenuto sponsorizzato", "conteúdo patrocinado",
	"gesponsorde inhoud", "advertisement", "advertorial", "publicité", "publicidad", "pubblicità",
	"bild", "bilder", "foto", "fotos", "photo", "photos", "image", "images", "grafik", "illustration",
	"tweet", "teilen", "drucken", "suche", "search",
}

// inPageJump reports whether n, or the element it stands in, is a link
// to a place on the same page ("#content"): a skip link or a table of
// contents, never a byline.
func inPageJump(n *html.Node) bool {
	for i := 0; n != nil && i < 2; i, n = i+1, n.Parent {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			return strings.HasPrefix(strings.TrimSpace(Attr(n, "href")), "#")
		}
	}
	return false
}
