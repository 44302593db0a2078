package article

import "golang.org/x/net/html"

// This file reads the author that microformats2 mark: an h-entry names
// its author with the class p-author or u-author, most often on an h-card
// ("<a class="u-author h-card" href="/~jane">jane</a>"). The classes are
// a published standard, written by blog and forum software alike, so
// they say who wrote the entry as surely as microdata does.

// isMicroformatAuthor reports whether n carries the microformats2 class
// of an entry's author, or the older hAtom pair "author vcard" that
// WordPress themes print around the writer's name, account names in
// lower case included ("<span class="author vcard">tlow</span>").
func isMicroformatAuthor(n *html.Node) bool {
	return HasClass(n, "p-author") || HasClass(n, "u-author") || HasClass(n, "vcard") && HasClass(n, "author")
}
