package article

// This file holds the byline phrases that blog software and news sites
// print in German and French, besides the plain "Von" and "Par": the
// verbs of posting ("Veröffentlicht von", "Eingestellt von", "Publié
// par"), the plural label "Autoren", and the kind of text named before
// its writer ("Eine Kolumne von", "Blog Beitrag von", "Pressemitteilung
// von"), and "Interview:" with its colon (a noun prefix, see
// byline_labels.go). They are phrases of the language, not of a site:
// Blogger prints "Eingestellt von" on every German blog, WordPress themes
// "Veröffentlicht von".

// postedByPhrases introduce the writer of a post.
var postedByPhrases = []string{
	// German
	"veröffentlicht von", "eingestellt von", "erstellt von", "verfasst von", "gepostet von",
	"autoren", "autorinnen", "text von", "texte von", "artikel von", "beitrag von", "blog beitrag von",
	"blogbeitrag von", "blog-beitrag von", "gastbeitrag von", "pressemitteilung von",
	"ein interview von", "eine kolumne von", "eine glosse von", "eine reportage von",
	"eine rezension von", "eine kritik von", "ein essay von", "ein bericht von",
	"ein gastkommentar von", "ein text von", "ein porträt von", "interview",
	// French
	"écrit par", "publié par", "posté par", "rédigé par", "une chronique de", "un billet de",
	"une tribune de",
}
