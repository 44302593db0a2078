package article

import "strings"

// A page kept by a web archive has the archive's address, and links to
// the archived copies of its site, whose paths end with the original
// addresses ("https://archive.example/web/2014/http://acme.example/"):
// the site's name and its home page are read from those.

// archivedHref returns the address a web archive's path ends with: the
// path from its last "http://" or "https://" before any query, else "".
func archivedHref(path string) string {
	before, _, _ := strings.Cut(path, "?")
	i := max(strings.LastIndex(before, "http://"), strings.LastIndex(before, "https://"))
	if i < 0 {
		return ""
	}
	return path[i:]
}

// originalURL returns the address of the page an archived copy at u
// keeps (see archivedHref), else u.
func originalURL(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return u
	}
	_, path, _ := strings.Cut(rest, "/")
	return firstNonEmpty(archivedHref(path), u)
}
