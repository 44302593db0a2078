package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file tells the site's banner from a headline by where the <h1>
// leads: a blog or a small site prints its name in an <h1> that links to
// its home page ("<h1><a href="/">Acme Data Blog</a></h1>"), the markup
// of most blog themes, and sets the post's title in a lower heading. Its
// page titles often start with that name ("Acme Data Blog: A post"), so
// the name would otherwise pass for the start of the headline. A
// headline links to its own page, if anywhere, never to the home page.

// homeBanner reports whether the <h1> n holds nothing but a link to a
// home page: a link whose text is the whole text of the <h1> and whose
// address has no path (see isHomeHref), or that says rel="home".
func homeBanner(n *html.Node) bool {
	a := homeLinkIn(n)
	if a == nil {
		return false
	}
	k := titleKey(nodeText(n))
	return k != "" && titleKey(nodeText(a)) == k
}

// homeLinkIn returns the first link under n that leads to a home page
// (see isHomeLink), nil when there is none.
func homeLinkIn(n *html.Node) *html.Node {
	for d := range descendants(n) {
		if d.Type == html.ElementNode && d.DataAtom == atom.A && isHomeLink(d) {
			return d
		}
	}
	return nil
}

// isHomeLink reports whether the link a leads to a home page.
func isHomeLink(a *html.Node) bool {
	for rel := range strings.FieldsSeq(strings.ToLower(Attr(a, "rel"))) {
		if rel == "home" {
			return true
		}
	}
	return isHomeHref(Attr(a, "href"))
}

// isHomeHref reports whether href is the address of a home page: "/", or
// an absolute address with no path, query or fragment beyond "/"; a link
// of an archived page is read at the address it keeps (see archivedHref).
// It reads the address without parsing it, as most links are not one.
func isHomeHref(href string) bool {
	href = strings.TrimSpace(href)
	if href == "/" {
		return true
	}
	_, rest, ok := strings.Cut(href, "://")
	if !ok || len(href) < 4 || !strings.EqualFold(href[:4], "http") {
		return false
	}
	host, path, _ := strings.Cut(rest, "/")
	if host == "" || strings.ContainsAny(host, "?#") {
		return false
	}
	return path == "" || isHomeHref(archivedHref(path))
}
