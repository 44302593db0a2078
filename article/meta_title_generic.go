package article

// Some pages give a generic label where a title belongs: a JSON-LD
// headline "Article", an og:title "Home", an <h1> "News" over a story.
// Such a label names no page; it counts in no vote while another source
// gives a title, and is the title only when nothing else is.

// genericTitles are the keys (see titleKey) of labels that name no page,
// in the languages the library reads most.
var genericTitles = setOf(
	"article", "articles", "home", "home page", "homepage", "news", "page", "post", "story",
	"untitled", "untitled document", "untitled page", "index", "default", "blog", "null", "undefined",
	"artikel", "beitrag", "startseite", "nachrichten", "aktuelles", "seite",
	"accueil", "actualites", "actualités", "page daccueil",
	"inicio", "noticias", "artículo", "articulo", "portada", "página", "pagina",
	"notizie", "articolo", "início", "notícias", "notícia",
	"nieuws", "bericht", "strona główna", "aktualności", "wiadomości",
	"главная", "новости", "статья", "首页", "新闻", "ホーム", "ニュース", "記事", "홈", "뉴스",
)

// isGenericTitle reports whether the title s is a label that names no
// page.
func isGenericTitle(s string) bool {
	return genericTitles[titleKey(s)]
}

// isGeneric reports whether the metadata title t, whole or cut of the
// site's name ("Home | Acme"), is a generic label.
func (ts *titleSources) isGeneric(t string) bool {
	return isGenericTitle(t) || isGenericTitle(ts.clean(t))
}

// dropGeneric removes the generic labels from the metadata titles, unless
// every title is one.
func (ts *titleSources) dropGeneric() {
	if ts.titled = ts.hasTitle(); !ts.titled {
		return
	}
	for _, l := range []*[]string{&ts.ld, &ts.og, &ts.twitter, &ts.other, &ts.page} {
		kept := (*l)[:0]
		for _, t := range *l {
			if !ts.isGeneric(t) {
				kept = append(kept, t)
			}
		}
		*l = kept
	}
}

// hasTitle reports whether a metadata title is not a generic label (see
// isGeneric).
func (ts *titleSources) hasTitle() bool {
	for _, t := range ts.all() {
		if !ts.isGeneric(t) {
			return true
		}
	}
	return false
}

// strayLabel reports whether the <h1> text t is a generic label that no
// metadata title gives, whole or as a part beside a separator ("News |
// Acme" on a news listing), while another title is no such label.
func (ts *titleSources) strayLabel(t string) bool {
	if !isGenericTitle(t) || !ts.titled {
		return false
	}
	k := titleKey(t)
	for _, m := range ts.all() {
		first, _ := splitFirst(m)
		_, last := splitLast(m)
		if titleKey(first) == k || titleKey(last) == k {
			return false
		}
	}
	return true
}
