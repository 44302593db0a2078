package article

import "golang.org/x/net/html"

// This file looks past an organisation credited as the author: when every
// source names only the company or the site ("Deutsche Welle", "Acme
// GmbH"), and the page prints one explicit byline ("Auteur : Jane Doe",
// "Written by: Jane Doe") that names people, those people wrote it.

// peopleOverOrgs returns the people of the one explicit byline the page
// prints when the authors as are all organisations, else as.
func (ap authorPicker) peopleOverOrgs(doc *html.Node, pm *pageMeta, as []Author) []Author {
	if len(as) == 0 {
		return as
	}
	for _, a := range as {
		if !ap.orgLike(a.Name) && !publisherNamed(pm, a.Name) {
			return as
		}
	}
	printed := ap.pageByline(doc)
	if len(printed) == 0 || sharesAuthor(printed, as) {
		return as
	}
	for _, a := range printed {
		if !ap.personName(a.Name) || ap.orgLike(a.Name) {
			return as
		}
	}
	return printed
}

// publisherKeys are the <meta> names that name the company that publishes
// the page.
var publisherKeys = []string{"publisher", "copyright", "dc.publisher", "dcterms.publisher"}

// publisherNamed reports whether the publisher or copyright <meta> tags
// name the author name: "Acme" in "© 2021 Acme (www.acme.com)".
func publisherNamed(pm *pageMeta, name string) bool {
	k := titleKey(name)
	if k == "" {
		return false
	}
	for _, key := range publisherKeys {
		for _, v := range pm.metaValues(key) {
			if holdsWords(titleKey(v), k) {
				return true
			}
		}
	}
	return false
}
