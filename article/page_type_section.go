package article

import (
	"net/url"
	"strings"
)

// A site files its stories under a section path (/news/2024/budget,
// /blog/why-rust) and shows the section's front, the list of its latest
// stories, at the path that ends with the section's name: /news, /blog/.
// A story's own URL ends with its slug or number, never with the name
// of its section, so such a path makes the page a listing whatever its
// prose and its dates (a front carries the dates of its stories), when
// the title names the section too ("News", "Industry news"): a story
// whose template gives the section's URL as its own (og:url) keeps its
// headline.

// sectionWords are the names, lower case, of the news and blog sections
// of sites, in several languages.
var sectionWords = map[string]bool{
	"news": true, "blog": true, "blogs": true, "articles": true, "stories": true, "newsroom": true, "latest": true, // English
	"actualites": true, "actualités": true, // French
	"nachrichten": true, "aktuelles": true, // German
	"noticias": true, "notizie": true, "nieuws": true, // Spanish, Italian, Dutch
	"nyheter": true, "novosti": true, "wiadomosci": true, // Scandinavian, Russian, Polish
}

// sectionFront reports whether the path of u ends with the name of a
// news or blog section that the title holds as a word.
func sectionFront(u, title string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	path := strings.TrimRight(p.Path, "/")
	name := strings.ToLower(path[strings.LastIndexByte(path, '/')+1:])
	if !sectionWords[name] {
		return false
	}
	for w := range strings.FieldsFuncSeq(title, notWordRune) {
		if strings.EqualFold(w, name) {
			return true
		}
	}
	return false
}
