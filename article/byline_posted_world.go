package article

// This file holds the posting verbs and the text-and-pictures credits
// that bylines print in the languages without an extension, besides the
// German and French ones of byline_phrases_de.go: blog software prints
// "Publicado por" on every Spanish and Portuguese blog as it prints
// "Eingestellt von" on German ones, and magazines credit "Text und Fotos:"
// to the one person who wrote the story and took its pictures.

// postedByWorld introduce the writer of a post or of a story.
var postedByWorld = []string{
	"publicado por", "publicada por", "postado por", // Spanish and Portuguese
	"pubblicato da", "servizio di", // Italian
	"geplaatst door", "gepubliceerd door", "geschreven door", // Dutch
	"van onze correspondent", "van onze redacteur", "van onze verslaggever",
	"un article de", "un reportage de", // French
	"text und fotos", "text & fotos", "text und bilder", "text und foto", // German
	"texto y fotos", "texto e fotos", "texte et photos", "tekst en foto's", "testo e foto",
}
