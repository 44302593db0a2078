package article

import "golang.org/x/net/html"

// This file decides between the author <meta> tags and a byline the page
// prints away from its headline ("Geschrieben von Jane" in a post's info
// line, "Written by: Jane Doe" in an author box) when no JSON-LD and no
// byline under the headline name anyone: the tag often repeats the
// site's owner or club on every page, where the byline word tells the
// reader who wrote this one.

// pageBylineOverMeta returns the people of the one explicit byline the
// page prints ("Geschrieben von Jane", "Written by: Jane Doe") when it
// names none of the authors of the <meta> tags meta, else meta: where no
// JSON-LD and no byline under the headline speak, the tag repeats the
// site's owner on every page, and a byline word is what the page tells
// its reader.
func (ap authorPicker) pageBylineOverMeta(doc *html.Node, meta []Author) []Author {
	if printed := ap.pageByline(doc); len(printed) > 0 && !sharesAuthor(printed, meta) {
		return printed
	}
	return meta
}
